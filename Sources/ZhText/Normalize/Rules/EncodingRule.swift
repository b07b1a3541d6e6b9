/// Rule `encoding`: removes characters that are never text — C0 and C1 controls (except tab,
/// line feed, form feed and NUL, which CLI.md keeps as data) and invisible zero-width
/// characters (U+200B–U+200D, U+2060, U+FEFF, soft hyphen U+00AD).
public enum EncodingRule {
  /// True for a character the rule removes.
  @inline(__always)
  public static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if (v >= 0x20 && v < 0x7F) || (v > 0x2060 && v != 0xFEFF) { return false }  // almost every character
    switch v {
    case 0x01...0x08, 0x0B, 0x0D...0x1F, 0x7F...0x9F, 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD:
      return true
    default:
      return false
    }
  }

  /// Every character the rule removes, in order: the ranges of `isRemoved`'s switch, listed
  /// rather than found by asking it of the 8,300 characters up to U+2060 at every start (a
  /// test holds the list to `isRemoved`).
  static let removedCharacters: [UInt32] = [0x01...0x08, 0x0B...0x0B, 0x0D...0x1F, 0x7F...0x9F, 0xAD...0xAD,
    0x200B...0x200D, 0x2060...0x2060, 0xFEFF...0xFEFF].flatMap { $0 }

  /// The deletions for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    text.withUnsafeBufferPointer { text in
      guard var i = firstRemoved(in: text) else { return [] }
      var edits: [Edit] = []
      while i < text.count {
        if isRemoved(text[i]) {
          var j = i + 1
          while j < text.count && isRemoved(text[j]) { j += 1 }
          edits.add(.delete(i..<j))
          i = j
        } else {
          i += 1
        }
      }
      return edits
    }
  }

  /// The offset of the first character the rule removes, if any: eight characters at a
  /// time while all eight are plainly kept (printable ASCII, or above U+2060 and not
  /// U+FEFF), as on almost every line.
  static func firstRemoved(in text: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
    guard let base = text.baseAddress else { return nil }
    // Vector constants, typed (see `ScalarBlock`).
    let space = SIMD8<UInt32>(repeating: 0x20), printable = SIMD8<UInt32>(repeating: 0x5F)
    let wordJoiner = SIMD8<UInt32>(repeating: 0x2060), byteOrderMark = SIMD8<UInt32>(repeating: 0xFEFF)
    var i = 0
    while i + 8 <= text.count {
      let v = ScalarBlock.at(base + i)
      if !all((v &- space .< printable) .| ((v .> wordJoiner) .& (v .!= byteOrderMark))) {
        if let k = (i..<i + 8).first(where: { isRemoved(text[$0]) }) { return k }
      }
      i += 8
    }
    return (i..<text.count).first { isRemoved(text[$0]) }
  }
}
