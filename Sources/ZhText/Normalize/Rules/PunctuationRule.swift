/// Rule `punct`: ASCII `, ; : ? !` in Chinese context become `，；：？！`.
///
/// Chinese context: the nearest non-space character on the left is Han or CJK punctuation,
/// or the one on the right is Han and the left one is not an ASCII letter or digit. Never
/// between digits (`1,000`, `10:30`), never inside a URL, e-mail address or path; `.` is
/// never converted (it is a decimal point and an abbreviation mark as often as a full stop).
public enum PunctuationRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    guard text.contains(where: { fullWidth($0) != nil }) else { return [] }
    var protected = ProtectedSpans(in: text)
    var edits: [Edit] = []
    for i in text.indices {
      guard let replacement = fullWidth(text[i]), !protected.contains(i) else { continue }
      let leftIndex = i > 0 ? i - 1 : nil
      let rightIndex = i + 1 < text.count ? i + 1 : nil
      if let l = leftIndex, let r = rightIndex, text[l].isASCIIDigit, text[r].isASCIIDigit {
        continue
      }
      let left = nearest(text, from: i - 1, step: -1)
      let right = nearest(text, from: i + 1, step: 1)
      // A mark right after one this rule converts (`!!`) is in Chinese context too.
      let afterConverted = edits.last?.range.upperBound == i
      let chineseLeft = left.map { $0.isCJK || (afterConverted && fullWidth($0) != nil) } ?? false
      let chineseRight = right?.isHan == true && left?.isASCIIAlphanumeric != true
      if chineseLeft || chineseRight {
        edits.add(Edit(i..<i + 1, replacement))
      }
    }
    return edits
  }

  /// The full-width form of a convertible ASCII mark, as an edit's replacement: constant
  /// arrays, which the compiler lays out once, so converting a mark allocates nothing.
  @inline(__always)
  static func fullWidth(_ c: Unicode.Scalar) -> [Unicode.Scalar]? {
    switch c {
    case ",": return ["\u{FF0C}"]
    case ";": return ["\u{FF1B}"]
    case ":": return ["\u{FF1A}"]
    case "?": return ["\u{FF1F}"]
    case "!": return ["\u{FF01}"]
    default: return nil
    }
  }

  /// The nearest character from `index` in direction `step` that is not a space.
  private static func nearest(_ text: [Unicode.Scalar], from index: Int, step: Int) -> Unicode.Scalar? {
    var i = index
    while i >= 0 && i < text.count {
      if !text[i].isSpaceLike { return text[i] }
      i += step
    }
    return nil
  }
}
