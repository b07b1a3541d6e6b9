import ZhText

/// The start of an output record: `{` and the provenance every zhtext record carries —
/// the fields of the input record (all but those the tool sets itself), or, for text
/// input, `doc` and `lines` — each followed by a comma, ready for the tool's own fields.
public enum RecordOpening {
  /// Appends the opening to `out`.
  public static func append(
    carried: JSONRecord?, doc: [UInt8], lines: ClosedRange<Int>, own: Set<String>, to out: inout [UInt8]
  ) {
    out.append(UInt8(ascii: "{"))
    if let carried {
      for field in carried.fields where !own.contains(field.key) {
        JSONWriter.appendString(field.key, to: &out)
        out.append(UInt8(ascii: ":"))
        out += field.json
        out.append(UInt8(ascii: ","))
      }
    } else {
      out += #""doc":"#.utf8
      out += doc
      out += #","lines":["#.utf8
      out += String(lines.lowerBound).utf8
      out.append(UInt8(ascii: ","))
      out += String(lines.upperBound).utf8
      out += "],".utf8
    }
  }
}
