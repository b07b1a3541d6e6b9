import ZhText
import ZhTextCLI

/// Feeds each document through `DocumentNormalizer` and writes paragraphs (text or records),
/// changes (`--report`, `--diff`) and suspicions (`--flag`).
///
/// With more than one thread and nothing to report, the work is split in two, a chunk of
/// input at a time: the reading thread measures each line from its bytes (decoding and
/// cleaning the few that need it, see `PreparedLines`); an `OutputStage` lays the measured
/// lines out, applies the paragraph rules to the paragraphs some rule could change, and
/// writes — with three threads or more, a second stage after it repairs and writes. Under
/// `--no-reflow`, lines that `InertLineScanner` finds no rule would change are copied
/// through from their bytes, never decoded, a run of whole lines at a time
/// (`verbatimLines`); the stage applies the rules to the other lines, which the reading
/// thread only decodes — unless the stage has a backlog (three chunks waiting), when the
/// reading thread applies them itself.
final class NormalizeHandler: DocumentHandler {
  private let options: NormalizeOptions
  private let sink: OutputSink
  /// Records output; nil: records for records input, text for text input.
  private let jsonl: Bool?
  private let diff: DiffStyle?
  private let flag: Bool
  private let nulSeparated: Bool
  private var reporter: ChangeReporter
  private var document = DocumentName(operand: "-", index: nil)
  private var wroteParagraph = false
  // The state that `text` touches on every line. One thread at a time uses each property
  // (the normalizer is the stage's while there is one, and is drained before this thread
  // touches it again), and no access to one spans a call that could reach it again, so the
  // run-time exclusivity checks a class's properties get (several a line, 1.3% of the
  // instructions with layout, 4% on one thread) are left out.
  /// Lays out and repairs the lines: on the stage when there is one, else on this thread.
  @exclusivity(unchecked) private var normalizer: DocumentNormalizer
  /// The last line read had its line end.
  @exclusivity(unchecked) private var lastTerminated = true
  /// Output since the last hand-over to the stage.
  @exclusivity(unchecked) private var pending = PendingOutput()
  /// With a stage under reflow, plans the lines' layouts on this thread, the stage's layout
  /// being the slower half.
  @exclusivity(unchecked) private var planner = LayoutPlanner()
  /// With a stage: the stage was behind at the last hand-over, so this thread applies the
  /// rules to the lines of the current chunk (`--no-reflow`).
  @exclusivity(unchecked) private var stageIsBehind = false
  /// Under reflow without a repair stage, the paragraphs written last, whose arrays layout
  /// takes back for the next ones (used by the thread that lays out).
  @exclusivity(unchecked) private var written: [ParagraphText] = []
  private var previous: Paragraph?
  /// The second thread, when the rules and output run there (under reflow: layout).
  private let stage: OutputStage?
  /// Under reflow with three threads or more, a third after the stage, which repairs the
  /// paragraphs layout made and writes them (with two, the stage does that too: on two
  /// cores a third thread only adds the cost of handing work over).
  private let repairStage: OutputStage?
  /// What comes between two text paragraphs (two line breaks with `--blank-line`).
  private let lineBreak: [UInt8]
  /// The rules in force, for preparing lines on this thread while the stage uses
  /// `normalizer` (which then only the stage touches until it is drained).
  private let rules: ParagraphRules
  /// Recognizes the lines to copy through verbatim (nil: every line is decoded).
  private let scanner: InertLineScanner?
  /// Under reflow, what preparing a line needs of each character.
  private let lineClasses: LineClasses?
  /// Under reflow with nothing to report and no line-buffered output, lines are prepared
  /// into batches and laid out a read at a time (on the stage, or on this thread without
  /// one), their layouts planned ahead; otherwise each line is laid out as it is read.
  private let batches: Bool

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
    self.repairStage = threads > 2 && stage != nil && options.runs(.reflow) ? OutputStage() : nil
    self.rules = ParagraphRules(options: options)
    self.batches = options.runs(.reflow) && !reporting && !flag && !sink.lineBuffered
    self.normalizer = DocumentNormalizer(options: options, reporting: reporting, planned: batches)
    self.lineClasses = normalizer.lineClasses
    self.scanner = jsonl != true && !reporting && !flag ? InertLineScanner(options: options) : nil
    self.lineBreak = options.blankLine ? [0x0A, 0x0A] : [0x0A]
  }

  func begin(_ document: DocumentName) throws(OutputSink.WriteError) {
    self.document = document
    wroteParagraph = false
    lastTerminated = true
    previous = nil
  }

  func text(_ line: InputLine) throws(OutputSink.WriteError) {
    lastTerminated = line.terminated
    if batches, let lineClasses {
      return pending.prepare(line.text, number: line.number, rules: rules, classes: lineClasses)
    }
    if stage != nil {
      // Under --no-reflow the stage applies the rules to decoded lines, unless it is behind:
      // then this thread applies them.
      guard stageIsBehind else { return pending.append(awaitingRules: line.text, number: line.number) }
      return pending.append(repaired: DocumentNormalizer.normalizedLine(line.text, number: line.number, rules: rules))
    }
    normalizer.add(line.text, number: line.number) { pending.append($0) }
    try write(pending)
    pending.removeAll()
  }

  func verbatim(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, terminated: Bool) throws(OutputSink.WriteError) -> Bool {
    if let lineClasses {
      guard try layOut(bytes, number: number, classes: lineClasses) else { return false }
      lastTerminated = terminated
      return true
    }
    guard let scanner, scanner.isInert(bytes) else { return false }
    lastTerminated = terminated
    try copyThrough(bytes)
    return true
  }

  /// Under reflow, lines are taken from the read buffer a run at a time; otherwise runs of
  /// lines are copied whole when lines are separated as they were read.
  var claimsLines: Bool { lineClasses != nil || scanner != nil && !options.blankLine }

  func verbatimLines(_ bytes: UnsafeBufferPointer<UInt8>, firstNumber: Int) throws(OutputSink.WriteError) -> LineRun {
    if let lineClasses {
      // Every whole line, measured from its bytes, until one is not valid UTF-8.
      var start = 0
      var lines = 0
      while let (end, next) = LineSplitter.wholeLine(in: bytes, from: start, nulSeparated: nulSeparated) {
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard try layOut(line, number: firstNumber + lines, classes: lineClasses) else {
          return LineRun(length: start, lines: lines, refusesNext: true)
        }
        lastTerminated = true
        lines += 1
        start = next
      }
      return LineRun(length: start, lines: lines, refusesNext: false)
    }
    guard let scanner else { return LineRun.none }
    let run = scanner.inertLines(bytes)
    guard run.lines > 0 else { return run }
    lastTerminated = true
    try copyThrough(UnsafeBufferPointer(rebasing: bytes[0..<run.length]))
    return run
  }

  /// Takes input line `number` from its bytes under reflow: measured, with no array of its
  /// own, into the batch for the stage, or laid out at once. False when it is not valid
  /// UTF-8: the driver then decodes and reports it.
  private func layOut(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, classes: LineClasses) throws(OutputSink.WriteError) -> Bool {
    if batches { return pending.prepare(utf8: bytes, number: number, rules: rules, classes: classes) }
    guard normalizer.add(utf8: bytes, number: number, emit: { pending.append($0) }) else { return false }
    try write(pending)
    pending.removeAll()
    return true
  }

  /// Writes `lines` as they were read (one line without its end, or whole lines with
  /// theirs, see `LineSplitter.appendLines`): through the stage when there is one, else at
  /// once.
  private func copyThrough(_ lines: UnsafeBufferPointer<UInt8>) throws(OutputSink.WriteError) {
    if stage != nil {
      pending.append(verbatim: lines)
    } else {
      try sink.append { appendVerbatim(lines, to: &$0) }
      try sink.endUnit()
    }
  }

  func chunkEnd() throws(OutputSink.WriteError) {
    try handOver()
  }

  /// With a stage, 64 KiB: the two threads work on consecutive chunks, so the first chunk
  /// is read with the stage idle and the last is written with this thread idle; a smaller
  /// chunk shortens both (about 5% of the wall time on 10 MB at 256 KiB), and a hand-over
  /// costs a queued closure, not a wake-up of every worker as a `LineBatch` does.
  var chunkSize: Int { stage != nil ? 1 << 16 : 1 << 18 }

  /// Passes the pending output to the stage: under reflow it lays out the prepared lines and
  /// hands the paragraphs to the repair stage, which repairs and writes them; otherwise it
  /// writes the pieces, applying the rules to the lines awaiting them. `last` ends the
  /// document, with the last paragraphs layout holds.
  private func handOver(last: Bool = false) throws(OutputSink.WriteError) {
    guard let stage else {
      // Without a stage, a batch is laid out and written here.
      guard batches, !pending.isEmpty || last else { return }
      pending.planLayouts(with: &planner, documentEnds: last)
      try layOut(pending.prepared, last: last, terminated: lastTerminated)
      pending.removeAll()
      return
    }
    guard !pending.isEmpty || last else { return }
    // Under --no-reflow, applying the rules to a line depends on the line alone, so it may
    // run on either thread: on this one for the next chunk when the stage has a backlog (it
    // is the slower half), on the stage otherwise (this thread is). A backlog is three of
    // the four chunks the stage may hold: at two, this thread took the rules so often that
    // it became the slower half (10 MB of the seeds 29.9 ms against 27.7 at three, text
    // every line of which the rules change 69.6 against 64.5; at four 27.9 and 67.1).
    stageIsBehind = stage.backlog >= 3
    if lineClasses != nil { pending.planLayouts(with: &planner, documentEnds: last) }
    let batch = StageOwned(pending)  // prepared lines are handed over, never shared
    // The buffers of a batch the stage has finished with, emptied here, where they were filled.
    pending = stage.reclaim(PendingOutput.self) ?? PendingOutput(capacity: chunkSize)
    pending.removeAll()
    let rules = self.rules
    let owned = StageOwned(self)
    let terminated = lastTerminated
    try stage.submit { () throws(OutputSink.WriteError) in
      let handler = owned.value
      if handler.batches {
        // Under reflow every line comes prepared: there are no other pieces.
        try handler.layOut(batch.value.prepared, last: last, terminated: terminated)
        return batch.value
      }
      // Straight into the sink's buffer, which keeps its capacity from batch to batch: a
      // fresh array per batch would be grown, copied and faulted in every time.
      try handler.sink.append { out in
        for piece in batch.value.pieces {
          switch piece {
          case .finished(let paragraph):
            handler.appendParagraph(paragraph, to: &out)
          case .repaired(let line):
            handler.appendParagraph(line, to: &out)
          case .awaitingRules(let text, let number):
            handler.appendParagraph(DocumentNormalizer.normalizedLine(text, number: number, rules: rules), to: &out)
          case .verbatim(let range):
            batch.value.bytes.withUnsafeBufferPointer { handler.appendVerbatim(UnsafeBufferPointer(rebasing: $0[range]), to: &out) }
          }
        }
      }
      if last { try handler.endDocument(lastTerminated: terminated) }
      return batch.value  // reused or released by the reading thread, which allocated it
    }
  }

  /// Lays out a batch of prepared lines (`last`: the document's last, which ends it), then
  /// repairs and writes the paragraphs: on the repair stage when there is one.
  private func layOut(_ lines: PreparedLines, last: Bool, terminated: Bool) throws(OutputSink.WriteError) {
    // The list of paragraphs written last, here or by the repair stage when it has finished
    // with them: their arrays go back to layout for the paragraphs it makes now.
    var laidOut = repairStage?.reclaim([ParagraphText].self) ?? written
    written = []
    normalizer.recycle(&laidOut)
    normalizer.layOut(prepared: lines) { laidOut.append($0) }
    if last { normalizer.finish(repairing: false) { laidOut.append($0) } }
    guard let repairStage else {
      try writeRepaired(laidOut, last: last, terminated: terminated)
      written = laidOut
      return
    }
    let paragraphs = StageOwned(laidOut)
    let owned = StageOwned(self)
    try repairStage.submit { () throws(OutputSink.WriteError) -> Any in
      try owned.value.writeRepaired(paragraphs.value, last: last, terminated: terminated)
      return paragraphs.value  // reused by the layout stage, which made it
    }
  }

  /// Repairs and writes `paragraphs`, as layout made them (`last`: the document's last).
  private func writeRepaired(_ paragraphs: [ParagraphText], last: Bool, terminated: Bool) throws(OutputSink.WriteError) {
    try sink.append { out in
      for paragraph in paragraphs {
        switch DocumentNormalizer.repair(paragraph, rules: rules) {
        case .unchanged(let text): appendParagraph(text, to: &out)
        case .changed(let repaired): appendParagraph(repaired, to: &out)
        case .removed: break
        }
      }
    }
    if last { try endDocument(lastTerminated: terminated) }
  }

  /// Waits until the stages have written everything handed to them.
  private func drainStages() throws(OutputSink.WriteError) {
    try stage?.drain()  // first: its last pieces hand work on to the repair stage
    try repairStage?.drain()
  }

  func record(_ record: JSONRecord, _ line: InputLine) throws(OutputSink.WriteError) {
    try drainStages()
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
    guard stage != nil || batches else {
      normalizer.finish { pending.append($0) }
      try write(pending)
      pending.removeAll()
      try endDocument(lastTerminated: lastTerminated)
      return
    }
    try handOver(last: true)
    try drainStages()
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

  /// Writes pending output on the reading thread (no stage): paragraphs only, since
  /// verbatim lines are then written as they come.
  private func write(_ output: PendingOutput) throws(OutputSink.WriteError) {
    try flushChanges()
    for case .finished(let text) in output.pieces {
      if flag {
        let paragraph = text.paragraph
        for suspicion in Suspicion.find(in: paragraph, after: previous) {
          Diagnostics.writeRaw(Array("\(document.recordName)\t\(suspicion.line)\tflag\t\(suspicion.kind)\t\(suspicion.excerpt.string)\n".utf8))
        }
        previous = paragraph
      }
      guard diff == nil else { continue }
      try sink.append { appendParagraph(text, to: &$0) }
      try sink.endUnit()
    }
  }

  /// Appends one finished paragraph: a record, or a text line (the line break comes before
  /// every paragraph but the first, so the output ends as the input did).
  private func appendParagraph(_ paragraph: ParagraphText, to out: inout [UInt8]) {
    if jsonl == true {
      appendRecord(paragraph.paragraph, to: &out)
    } else {
      appendLineBreak(to: &out)
      paragraph.appendOutput(to: &out)
    }
  }

  /// Appends one paragraph (or line, under `--no-reflow`) the rules repaired, decoded.
  private func appendParagraph(_ paragraph: Paragraph, to out: inout [UInt8]) {
    if jsonl == true {
      appendRecord(paragraph, to: &out)
    } else {
      appendLineBreak(to: &out)
      ScalarCoding.encode(paragraph.text, into: &out, rawInvalidBytes: true)
    }
  }

  /// Appends the record of `paragraph`.
  private func appendRecord(_ paragraph: Paragraph, to out: inout [UInt8]) {
    RecordOpening.append(carried: nil, doc: document.json, lines: paragraph.lines, own: [], to: &out)
    out += #""text":"#.utf8
    JSONWriter.appendString(paragraph.text, to: &out)
    out += [UInt8(ascii: "}"), 0x0A]
  }

  /// Appends lines that no rule changes, as text.
  private func appendVerbatim(_ lines: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    appendLineBreak(to: &out)
    LineSplitter.appendLines(lines, to: &out)
  }

  /// The line break before every text paragraph but the first (two with `--blank-line`).
  private func appendLineBreak(to out: inout [UInt8]) {
    if wroteParagraph { out.append(contentsOf: lineBreak) }
    wroteParagraph = true
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
