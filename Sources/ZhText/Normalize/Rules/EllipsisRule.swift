/// Rule `ellipsis`: the midline ellipsis U+22EF `⋯`, which PDF fonts use to draw the Chinese
/// ellipsis, becomes U+2026 `…` when doubled (`⋯⋯`) or next to CJK text.
public enum EllipsisRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    var edits: [Edit] = []
    var i = 0
    while i < text.count {
      guard text[i] == "\u{22EF}" else { i += 1; continue }
      var j = i
      while j < text.count && text[j] == "\u{22EF}" { j += 1 }
      let left = i > 0 ? text[i - 1] : nil
      let right = j < text.count ? text[j] : nil
      // A lone ⋯ between CJK characters counts too; ⋯ alone among Latin (a math text) does not.
      if j - i >= 2 || left.map({ $0.isCJK && $0 != "\u{22EF}" }) == true
        || right.map({ $0.isCJK && $0 != "\u{22EF}" }) == true
      {
        edits.add(Edit(i..<j, Array(repeating: "\u{2026}", count: j - i)))
      }
      i = j
    }
    return edits
  }
}
