import CICUShim

/// Character properties from ICU's Unicode data (`uchar`, `uscript`).
///
/// Used to build zhtext's character tables once per process, so the tables follow the
/// Unicode version of the ICU on the machine rather than ranges copied by hand.
public enum UnicodeProperties {
  /// East_Asian_Width values as ICU numbers them (`UEastAsianWidth`).
  public enum EastAsianWidth: Int32, Sendable {
    case neutral = 0, ambiguous, halfwidth, fullwidth, narrow, wide
  }

  /// The East_Asian_Width of `scalar`.
  public static func eastAsianWidth(_ scalar: Unicode.Scalar) -> EastAsianWidth {
    EastAsianWidth(rawValue: zt_east_asian_width(scalar.value)) ?? .neutral
  }

  /// True when a UAX #29 sentence boundary can follow `scalar`: its Sentence_Break value
  /// is STerm, ATerm, Sep, CR or LF. (Every other boundary rule needs one of these before
  /// it, so text without them is one sentence.)
  public static func canEndSentence(_ scalar: Unicode.Scalar) -> Bool {
    switch zt_sentence_break(scalar.value) {
    case 1, 7, 9, 11, 13: return true
    default: return false
    }
  }

  /// True when `scalar` belongs to the Han script (ideographs, radicals, 〇, 々).
  public static func isHan(_ scalar: Unicode.Scalar) -> Bool { zt_is_han(scalar.value) != 0 }

  /// The version of the linked ICU, such as "72.1".
  public static var icuVersion: String { String(cString: zt_icu_version()) }
}
