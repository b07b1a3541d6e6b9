/// Rule `dash` (option `--cjk-dash`): a hyphen between Han characters, the way extractors
/// render a dash in names of routes and partnerships (`中国-蒙古`), becomes an em dash
/// (`中国—蒙古`).
public enum DashRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    var edits: [Edit] = []
    for i in text.indices.dropFirst().dropLast()
    where text[i] == "-" && text[i - 1].isHan && text[i + 1].isHan {
      edits.add(Edit(i..<i + 1, ["\u{2014}"]))
    }
    return edits
  }
}
