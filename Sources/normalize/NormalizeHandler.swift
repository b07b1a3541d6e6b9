import ZhText
import ZhTextCLI

/// Feeds each document through `DocumentNormalizer` and writes paragraphs (text or records),
/// changes (`--report`, `--diff`) and suspicions (`--flag`).
final class NormalizeHandler: DocumentHandler {
  private let options: NormalizeOptions
  private let sink: OutputSink
  /// Records output; nil: records for records input, text for text input.
  private let jsonl: Bool?
  private let diff: DiffStyle?
  private let flag: Bool
  private let nulSeparated: Bool
  private var reporter: ChangeReporter
  private var normalizer: DocumentNormalizer
  private var document = DocumentName(operand: "-", index: nil)
  private var wroteParagraph = false
  private var lastTerminated = true
  private var previous: Paragraph?

  init(options: NormalizeOptions, sink: OutputSink, jsonl: Bool?, report: ReportFormat?,
       diff: DiffStyle?, flag: Bool, nulSeparated: Bool) {
    self.options = options
    self.sink = sink
    self.jsonl = jsonl
    self.diff = diff
    self.flag = flag
    self.nulSeparated = nulSeparated
    self.reporter = ChangeReporter(format: report)
    self.normalizer = DocumentNormalizer(options: options, reporting: report != nil || diff != nil)
  }

  func begin(_ document: DocumentName) throws(OutputSink.WriteError) {
    self.document = document
    wroteParagraph = false
    lastTerminated = true
    previous = nil
  }

  func text(_ line: InputLine) throws(OutputSink.WriteError) {
    lastTerminated = line.terminated
    var out: [Paragraph] = []
    normalizer.add(line.text, number: line.number) { out.append($0) }
    try write(out)
  }

  func record(_ record: JSONRecord, _ line: InputLine) throws(OutputSink.WriteError) {
    var updated = record
    let text = record.string("text") ?? []
    var paragraph = Paragraph(text: text, line: record.integerPair("lines")?.0 ?? line.number)
    normalizer.normalizeRecordText(&paragraph)
    try flushChanges()
    guard diff == nil else { return }
    if jsonl ?? true {
      updated.set("text", string: paragraph.text)
      try sink.append { updated.encode(into: &$0) }
    } else {
      try sink.append {
        ScalarCoding.encode(paragraph.text, into: &$0, rawInvalidBytes: true)
        $0.append(0x0A)
      }
    }
    try sink.endUnit()
  }

  func end() throws(OutputSink.WriteError) {
    var out: [Paragraph] = []
    normalizer.finish { out.append($0) }
    try write(out)
    if diff == nil && jsonl != true {
      if wroteParagraph && (lastTerminated || !options.runs(.reflow)) && lastTerminated {
        try sink.write([0x0A])
      }
      if nulSeparated { try sink.write([0]) }
    }
    try sink.endUnit()
  }

  /// Writes the per-rule totals of `--report`.
  func finishReport() {
    Diagnostics.writeRaw(reporter.totals())
  }

  private func write(_ paragraphs: [Paragraph]) throws(OutputSink.WriteError) {
    try flushChanges()
    for paragraph in paragraphs {
      if flag {
        for suspicion in Suspicion.find(in: paragraph, after: previous) {
          Diagnostics.writeRaw(Array("\(document.recordName)\t\(suspicion.line)\tflag\t\(suspicion.kind)\t\(suspicion.excerpt.string)\n".utf8))
        }
        previous = paragraph
      }
      guard diff == nil else { continue }
      if jsonl == true {
        let lines = paragraph.lines
        try sink.append {
          RecordOpening.append(carried: nil, doc: document.json, lines: lines, own: [], to: &$0)
          $0 += Array("\"text\":".utf8)
          JSONWriter.appendString(paragraph.text, to: &$0)
          $0 += [UInt8(ascii: "}"), 0x0A]
        }
      } else {
        try sink.append {
          if wroteParagraph {
            $0.append(0x0A)
            if options.blankLine { $0.append(0x0A) }
          }
          ScalarCoding.encode(paragraph.text, into: &$0, rawInvalidBytes: true)
        }
        wroteParagraph = true
      }
      try sink.endUnit()
    }
  }

  private func flushChanges() throws(OutputSink.WriteError) {
    let changes = normalizer.takeChanges()
    guard !changes.isEmpty else { return }
    if let diff {
      try sink.write(reporter.diffLines(for: changes, doc: document.recordName, style: diff))
    }
    Diagnostics.writeRaw(reporter.lines(for: changes, doc: document.recordName))
  }
}
