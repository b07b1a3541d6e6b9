import ZhText
import ZhTextCLI

/// Scans each line (or each record's `text`) and writes one output unit per number, or the
/// highlighted text. Lines are independent, so they are rendered on several workers.
final class NumbersHandler: LineRenderer {
  private let scanner: NumberScanner
  let sink: OutputSink
  let workers: Int
  private let format: ExtractNumbers.OutputFormat
  private let withFilename: Bool
  private let types: Set<NumericExpression.Kind>?
  private let context: Int?
  private let colored: Bool
  private let nulSeparated: Bool
  private var document = DocumentName(operand: "-", index: nil)

  init(scanner: NumberScanner, sink: OutputSink, format: ExtractNumbers.OutputFormat, withFilename: Bool,
       types: Set<NumericExpression.Kind>?, context: Int?, colored: Bool, nulSeparated: Bool, threads: Int) {
    self.scanner = scanner
    self.sink = sink
    self.workers = sink.lineBuffered ? 1 : threads
    self.format = format
    self.withFilename = withFilename
    self.types = types
    self.context = context
    self.colored = colored
    self.nulSeparated = nulSeparated
  }

  func begin(_ document: DocumentName) throws(OutputSink.WriteError) {
    self.document = document
  }

  func prepareWorkers(_ count: Int) -> Int { count }  // the scanner is a value: nothing to make

  func text(_ line: InputLine) throws(OutputSink.WriteError) {
    try writeRendered(line)
  }

  func render(_ line: InputLine, into out: inout [UInt8], worker: Int) {
    let text = line.textWithoutByteOrderMark
    append(text, line: line.number, terminated: line.terminated, to: &out) {
      var prefix: [UInt8] = []
      RecordOpening.append(carried: nil, doc: self.document.json, lines: line.number...line.number, own: [], to: &prefix)
      return prefix
    }
  }

  func record(_ record: JSONRecord, _ line: InputLine) throws(OutputSink.WriteError) {
    let text = record.string("text") ?? []
    var prefix: [UInt8] = []
    let lines = record.integerPair("lines").map { $0.0...$0.1 } ?? line.number...line.number
    RecordOpening.append(carried: record, doc: document.json, lines: lines, own: Self.ownFields, to: &prefix)
    try sink.append { append(text, line: lines.lowerBound, terminated: true, to: &$0) { prefix } }
    try sink.endUnit()
  }

  func end() throws(OutputSink.WriteError) {
    if nulSeparated && format != .jsonl { try sink.write([0]) }
    try sink.endUnit()
  }

  /// Fields a number record sets itself (an input record's own are replaced).
  private static let ownFields: Set<String> = [
    "text", "start", "end", "value", "type", "min", "max", "approx", "qualifier", "unit", "context",
  ]

  /// Appends the numbers of `text` in the output format; `makePrefix` opens each JSON
  /// record with the carried fields (made only when the line has numbers).
  private func append(
    _ text: [Unicode.Scalar], line: Int, terminated: Bool, to out: inout [UInt8], makePrefix: () -> [UInt8]
  ) {
    let numbers = scanner.scan(text).filter { types?.contains($0.kind) ?? true }
    switch format {
    case .jsonl:
      guard !numbers.isEmpty else { return }
      let prefix = makePrefix()
      for number in numbers {
        out += prefix
        NumberRecord.appendFields(of: number, in: text, context: context, to: &out)
        out += [UInt8(ascii: "}"), 0x0A]
      }
    case .tsv:
      for number in numbers {
        var fields: [String] = withFilename ? [document.recordName] : []
        fields += [
          String(line), String(number.start), String(number.end),
          Array(text[number.start..<number.end]).string, number.value ?? "null", number.kind.rawValue,
          number.unit ?? "", number.approximate ? (number.qualifier?.rawValue ?? "true") : "",
        ]
        out += TSV.line(fields)
      }
    case .highlight:
      var cursor = 0
      for number in numbers {
        ScalarCoding.encode(text[cursor..<number.start], into: &out, rawInvalidBytes: true)
        let literal = Array(text[number.start..<number.end])
        let value = number.value ?? "?"
        if colored {
          out += Array("\u{1B}[1;33m".utf8)
          ScalarCoding.encode(literal, into: &out, rawInvalidBytes: true)
          out += Array("\u{1B}[0;2m⟨\(value)⟩\u{1B}[0m".utf8)
        } else {
          out.append(UInt8(ascii: "["))
          ScalarCoding.encode(literal, into: &out, rawInvalidBytes: true)
          out += Array("⟨\(value)⟩]".utf8)
        }
        cursor = number.end
      }
      ScalarCoding.encode(text[cursor...], into: &out, rawInvalidBytes: true)
      if terminated { out.append(0x0A) }
    }
  }
}
