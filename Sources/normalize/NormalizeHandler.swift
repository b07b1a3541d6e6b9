import ZhText
import ZhTextCLI

/// Feeds each document through `DocumentNormalizer` and writes paragraphs (text or records),
/// changes (`--report`, `--diff`) and suspicions (`--flag`).
///
/// With more than one thread and nothing to report, layout stays on the reading thread and
/// the paragraph rules and output run on an `OutputStage`, a chunk of paragraphs at a time.
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
  /// The second thread, when the rules and output run there.
  private let stage: OutputStage?
  /// Paragraphs laid out since the last hand-over to the stage.
  private var pending: [Paragraph] = []

  init(options: NormalizeOptions, sink: OutputSink, jsonl: Bool?, report: ReportFormat?,
       diff: DiffStyle?, flag: Bool, nulSeparated: Bool, threads: Int) {
    self.options = options
    self.sink = sink
    self.jsonl = jsonl
    self.diff = diff
    self.flag = flag
    self.nulSeparated = nulSeparated
    self.reporter = ChangeReporter(format: report)
    let reporting = report != nil || diff != nil
    self.stage = threads > 1 && !reporting && !flag && !sink.lineBuffered ? OutputStage() : nil
    self.normalizer = DocumentNormalizer(options: options, reporting: reporting, defersRules: stage != nil)
  }

  func begin(_ document: DocumentName) throws(OutputSink.WriteError) {
    self.document = document
    wroteParagraph = false
    lastTerminated = true
    previous = nil
  }

  func text(_ line: InputLine) throws(OutputSink.WriteError) {
    lastTerminated = line.terminated
    normalizer.add(line.text, number: line.number) { pending.append($0) }
    guard stage == nil else { return }
    try write(pending)
    pending.removeAll(keepingCapacity: true)
  }

  func chunkEnd() throws(OutputSink.WriteError) {
    try handOver()
  }

  /// Passes the pending paragraphs to the stage, which applies the rules and writes them.
  private func handOver(then tail: (@Sendable (NormalizeHandler) throws(OutputSink.WriteError) -> Void)? = nil) throws(OutputSink.WriteError) {
    guard let stage, !pending.isEmpty || tail != nil else { return }
    let batch = pending
    pending.removeAll(keepingCapacity: true)
    let rules = normalizer.paragraphRules
    let dropEmpty = options.runs(.reflow)
    let owned = StageOwned(self)
    try stage.submit { () throws(OutputSink.WriteError) in
      var out: [UInt8] = []
      var log: [Change]? = nil
      for var paragraph in batch {
        rules.apply(to: &paragraph, log: &log)
        if dropEmpty && paragraph.text.isEmpty { continue }
        owned.value.appendParagraph(paragraph, to: &out)
      }
      try owned.value.sink.write(out)
      try tail?(owned.value)
      return batch  // released by the reading thread, which allocated it
    }
  }

  func record(_ record: JSONRecord, _ line: InputLine) throws(OutputSink.WriteError) {
    try stage?.drain()
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
    normalizer.finish { pending.append($0) }
    guard let stage else {
      try write(pending)
      pending.removeAll()
      try endDocument(lastTerminated: lastTerminated)
      return
    }
    let terminated = lastTerminated
    try handOver { handler throws(OutputSink.WriteError) in try handler.endDocument(lastTerminated: terminated) }
    try stage.drain()
  }

  /// The document's last line end (text output) and NUL (`-z`).
  private func endDocument(lastTerminated: Bool) throws(OutputSink.WriteError) {
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
      try sink.append { appendParagraph(paragraph, to: &$0) }
      try sink.endUnit()
    }
  }

  /// Appends one finished paragraph: a record, or a text line (the line break comes before
  /// every paragraph but the first, so the output ends as the input did).
  private func appendParagraph(_ paragraph: Paragraph, to out: inout [UInt8]) {
    if jsonl == true {
      RecordOpening.append(carried: nil, doc: document.json, lines: paragraph.lines, own: [], to: &out)
      out += #""text":"#.utf8
      JSONWriter.appendString(paragraph.text, to: &out)
      out += [UInt8(ascii: "}"), 0x0A]
    } else {
      if wroteParagraph {
        out.append(0x0A)
        if options.blankLine { out.append(0x0A) }
      }
      ScalarCoding.encode(paragraph.text, into: &out, rawInvalidBytes: true)
      wroteParagraph = true
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
