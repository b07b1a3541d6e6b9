import ArgumentParser
import ZhText

/// `--report` formats: one TSV line per change, one JSON record per change, or only the
/// per-rule counts.
public enum ReportFormat: String, ArgumentChoice, Sendable {
  case tsv, json, summary
}

/// How `--diff` shows a change: with ANSI colours, or with `[-…-]{+…+}` marks.
public struct DiffStyle: Sendable {
  /// Colour on (a terminal, or `--color=always`).
  public let colored: Bool
  public init(colored: Bool) { self.colored = colored }
}

/// Writes changes as `--report` and `--diff` show them, and counts them per rule.
public struct ChangeReporter {
  private var counts: [RuleID: Int] = [:]
  /// The report format, if reporting.
  public let format: ReportFormat?

  public init(format: ReportFormat?) { self.format = format }

  /// Records `changes` of document `doc`; returns the report lines for stderr.
  public mutating func lines(for changes: [Change], doc: String) -> [UInt8] {
    var out: [UInt8] = []
    for change in changes {
      counts[change.rule, default: 0] += 1
      switch format {
      case .tsv:
        out += TSV.line([doc, String(change.line), change.rule.rawValue, change.before.string, change.after.string])
      case .json:
        var record = JSONRecord()
        record.set("doc", string: doc.unicodeScalars)
        record.set("line", integer: change.line)
        record.set("rule", string: change.rule.rawValue.unicodeScalars)
        record.set("before", string: change.before)
        record.set("after", string: change.after)
        record.encode(into: &out)
      case .summary, nil:
        break
      }
    }
    return out
  }

  /// The per-rule counts: `# rule<TAB>count` lines (tsv), one JSON object, or a table.
  public func totals() -> [UInt8] {
    guard let format else { return [] }
    let rules = counts.keys.sorted()
    switch format {
    case .json:
      var record = JSONRecord()
      for rule in rules { record.set(rule.rawValue, integer: counts[rule] ?? 0) }
      var out: [UInt8] = []
      var summary = JSONRecord()
      var inner: [UInt8] = []
      record.encode(into: &inner)
      summary.set("totals", json: Array(inner.dropLast()))
      summary.encode(into: &out)
      return out
    case .tsv, .summary:
      let prefix = format == .tsv ? "# " : ""
      let total = counts.values.reduce(0, +)
      var text = rules.map { "\(prefix)\($0.rawValue)\t\(counts[$0] ?? 0)\n" }.joined()
      text += "\(prefix)total\t\(total)\n"
      return Array(text.utf8)
    }
  }

  /// The `--diff` view of `changes`: `doc:line: rule: before → after`, with the removed
  /// and inserted middles coloured (or marked).
  public func diffLines(for changes: [Change], doc: String, style: DiffStyle) -> [UInt8] {
    var text = ""
    for change in changes {
      let (before, after) = (change.before, change.after)
      guard let edit = Edit.between(before, after) else { continue }
      let head = Array(before[..<edit.range.lowerBound]).string
      let removed = Array(before[edit.range]).string
      let inserted = edit.replacement.string
      let tail = Array(before[edit.range.upperBound...]).string
      let del = style.colored ? "\u{1B}[9;31m\(visible(removed))\u{1B}[0m" : "[-\(visible(removed))-]"
      let ins = style.colored ? "\u{1B}[32m\(visible(inserted))\u{1B}[0m" : "{+\(visible(inserted))+}"
      text += "\(doc):\(change.line): \(change.rule.rawValue): \(head)\(removed.isEmpty ? "" : del)\(inserted.isEmpty ? "" : ins)\(tail)\n"
    }
    return Array(text.utf8)
  }

  private func visible(_ s: String) -> String {
    s.unicodeScalars.map { $0 == " " ? "\u{2423}" : $0 == "\u{3000}" ? "\u{25A1}" : String($0) }.joined()
  }
}
