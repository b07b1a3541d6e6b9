/// Rule `width`: full-width ASCII letters and digits (U+FF10–FF19, FF21–FF3A, FF41–FF5A)
/// become ASCII, and half-width katakana and punctuation (U+FF61–FF9F) become full-width.
/// Full-width punctuation is never folded: `，（）：` are correct Chinese.
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
        edits.append(Edit(i..<j, folded))
        i = j
      } else if v >= 0xFF61 && v <= 0xFF9F {
        var j = i
        while j < text.count, text[j].value >= 0xFF61 && text[j].value <= 0xFF9F { j += 1 }
        edits.append(Edit(i..<j, UnicodeNormalizer.nfkc.normalize(Array(text[i..<j]))))
        i = j
      } else {
        i += 1
      }
    }
    return edits
  }

  @inline(__always)
  private static func isFullWidthAlphanumeric(_ v: UInt32) -> Bool {
    (v >= 0xFF10 && v <= 0xFF19) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
  }
}
