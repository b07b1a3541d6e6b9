/// Writes found numbers as the fields of JSON records, so every output of extract-numbers
/// (and any later tool) writes them the same way, straight into an output buffer.
public enum NumberRecord {
  /// Appends the number's fields, comma-separated, in the documented order: `start`, `end`,
  /// `text`, `value`, `type`, then `min`, `max`, `approx`, `qualifier`, `unit`, `context`
  /// when they apply. `text` is the literal slice of `line`.
  public static func appendFields(
    of number: NumericExpression, in line: [Unicode.Scalar], context: Int?, to out: inout [UInt8]
  ) {
    out += #""start":"#.utf8
    out += String(number.start).utf8
    out += #","end":"#.utf8
    out += String(number.end).utf8
    out += #","text":"#.utf8
    JSONWriter.appendString(line[number.start..<number.end], to: &out)
    out += #","value":"#.utf8
    if let value = number.value {
      JSONWriter.appendString(value, to: &out)
    } else {
      out += "null".utf8
    }
    out += #","type":""#.utf8
    out += number.kind.rawValue.utf8
    out.append(UInt8(ascii: "\""))
    if let minimum = number.minimum { field("min", minimum, &out) }
    if let maximum = number.maximum { field("max", maximum, &out) }
    if number.approximate {
      out += #","approx":true"#.utf8
      if let qualifier = number.qualifier { field("qualifier", qualifier.rawValue, &out) }
    }
    if let unit = number.unit { field("unit", unit, &out) }
    if let context {
      out += #","context":"#.utf8
      JSONWriter.appendString(line[max(0, number.start - context)..<min(line.count, number.end + context)], to: &out)
    }
  }

  private static func field(_ key: String, _ value: String, _ out: inout [UInt8]) {
    out += #",""#.utf8
    out += key.utf8
    out += #"":"#.utf8
    JSONWriter.appendString(value, to: &out)
  }
}
