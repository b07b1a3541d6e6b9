/// Tab-separated output: one record per line, fields escaped so that a field never holds a
/// tab, a newline or an unescaped backslash (`\t`, `\n`, `\\`).
public enum TSV {
  /// `field` escaped.
  public static func escape(_ field: String) -> String {
    var out = ""
    for c in field.unicodeScalars {
      switch c {
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\\": out += "\\\\"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// One line of `fields`, escaped, tab-joined and newline-terminated, as UTF-8.
  public static func line(_ fields: [String]) -> [UInt8] {
    Array((fields.map(escape).joined(separator: "\t") + "\n").utf8)
  }
}
