/// Rule `tilde` (option `--tilde`): an ASCII `~` in a numeric range (`0.7%~2.9%`, `1~5月`)
/// becomes the full-width `～` of Chinese typesetting.
public enum TildeRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    var edits: [Edit] = []
    for i in text.indices.dropFirst().dropLast() where text[i] == "~" {
      let left = text[i - 1]
      if (left.isASCIIDigit || left == "%") && text[i + 1].isASCIIDigit {
        edits.add(Edit(i..<i + 1, ["\u{FF5E}"]))
      }
    }
    return edits
  }
}
