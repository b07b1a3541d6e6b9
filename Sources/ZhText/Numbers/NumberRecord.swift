/// Turns found numbers into the fields of output records, so every output format of
/// extract-numbers (and any later tool) writes them the same way.
public enum NumberRecord {
  /// Adds the number's fields to `record` in the documented order: `start`, `end`, `text`,
  /// `value`, `type`, then `min`, `max`, `approx`, `qualifier`, `unit`, `context` when they
  /// apply. `text` is the literal slice of `line`.
  public static func fill(
    _ record: inout JSONRecord, with number: NumericExpression, in line: [Unicode.Scalar], context: Int?
  ) {
    record.set("start", integer: number.start)
    record.set("end", integer: number.end)
    record.set("text", string: line[number.start..<number.end])
    if let value = number.value {
      record.set("value", string: value.unicodeScalars)
    } else {
      record.set("value", json: Array("null".utf8))
    }
    record.set("type", string: number.kind.rawValue.unicodeScalars)
    if let minimum = number.minimum { record.set("min", string: minimum.unicodeScalars) }
    if let maximum = number.maximum { record.set("max", string: maximum.unicodeScalars) }
    if number.approximate {
      record.set("approx", json: Array("true".utf8))
      if let qualifier = number.qualifier { record.set("qualifier", string: qualifier.rawValue.unicodeScalars) }
    }
    if let unit = number.unit { record.set("unit", string: unit.unicodeScalars) }
    if let context {
      let from = max(0, number.start - context)
      let to = min(line.count, number.end + context)
      record.set("context", string: line[from..<to])
    }
  }
}
