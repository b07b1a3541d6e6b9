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

  /// The deletions for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    text.withUnsafeBufferPointer { text in
      var edits: [Edit] = []
      var i = 0
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
}
