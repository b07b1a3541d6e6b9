/// Rule `width`: full-width ASCII letters and digits (U+FF10–FF19, FF21–FF3A, FF41–FF5A)
/// become ASCII, and half-width katakana and punctuation (U+FF61–FF9F) become full-width.
/// Full-width punctuation is never folded, `，（）：` being correct Chinese, except inside a
/// number: a full-width point between digits and a full-width percent sign after one become
/// `.` and `%` (`５．４％` is `5.4%`).
public enum WidthRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    var edits: [Edit] = []
    var i = 0
    while i < text.count {
      let v = text[i].value
      if isFullWidthAlphanumeric(v) {
        var j = i
        var folded: [Unicode.Scalar] = []
        while j < text.count, isFullWidthAlphanumeric(text[j].value) {
          folded.append(Unicode.Scalar(UInt8(text[j].value - 0xFEE0)))
          j += 1
        }
        edits.add(Edit(i..<j, folded))
        i = j
      } else if v >= 0xFF61 && v <= 0xFF9F {
        var j = i
        while j < text.count, text[j].value >= 0xFF61 && text[j].value <= 0xFF9F { j += 1 }
        edits.add(Edit(i..<j, UnicodeNormalizer.nfkc.normalize(Array(text[i..<j]))))
        i = j
      } else if (v == 0xFF0E && isDigit(at: i - 1, text) && isDigit(at: i + 1, text))
        || (v == 0xFF05 && isDigit(at: i - 1, text)) {
        edits.add(Edit(i..<(i + 1), [Unicode.Scalar(UInt8(v - 0xFEE0))]))
        i += 1
      } else {
        i += 1
      }
    }
    return edits
  }

  /// Whether `text[k]` exists and is a digit, ASCII or full-width.
  private static func isDigit(at k: Int, _ text: [Unicode.Scalar]) -> Bool {
    guard text.indices.contains(k) else { return false }
    let v = text[k].value
    return (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19)
  }

  @inline(__always)
  private static func isFullWidthAlphanumeric(_ v: UInt32) -> Bool {
    (v >= 0xFF10 && v <= 0xFF19) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
  }
}
