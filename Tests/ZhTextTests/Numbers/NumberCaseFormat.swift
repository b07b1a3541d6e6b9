@testable import ZhText

/// The compact form number test tables are written in: one record as
/// `text=value:type[~qualifier][@unit]`, records joined by ` ; `, `value` `null` for none.
func describe(_ expressions: [NumericExpression], in text: String) -> String {
  let scalars = Array(text.unicodeScalars)
  return expressions.map { e in
    let slice = String(String.UnicodeScalarView(scalars[e.start..<e.end]))
    var s = "\(slice)=\(e.value ?? "null"):\(e.kind.rawValue)"
    if let q = e.qualifier { s += "~\(q.rawValue)" }
    if let u = e.unit { s += "@\(u)" }
    return s
  }.joined(separator: " ; ")
}

/// Parses a table of `input<TAB>expected` lines (blank lines and `#` comments skipped).
func table(_ text: String) -> [(String, String)] {
  text.split(separator: "\n").compactMap { line in
    let trimmed = line.trimming([" "])
    guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
    let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
    return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
  }
}

extension StringProtocol {
  func trimming(_ set: Set<Character>) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s.removeFirst() }
    while let l = s.last, set.contains(l) { s.removeLast() }
    return String(s)
  }
}
