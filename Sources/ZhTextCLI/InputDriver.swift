import Dispatch
import ZhText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The name of the document being read: the operand as given (`-` for standard input),
/// with `#N` appended for the N-th NUL-separated document under `-z`.
public struct DocumentName: Sendable, Equatable {
  /// The operand.
  public let operand: String
  /// The document's 1-based index under `-z`, else nil.
  public let index: Int?

  /// The `doc` field of records, as a JSON string (made once per document).
  public let json: [UInt8]

  /// A document name.
  public init(operand: String, index: Int?) {
    self.operand = operand
    self.index = index
    var json: [UInt8] = []
    JSONWriter.appendString((index.map { "\(operand)#\($0)" } ?? operand), to: &json)
    self.json = json
  }

  /// The `doc` field of records.
  public var recordName: String { index.map { "\(operand)#\($0)" } ?? operand }
}

/// One decoded input line.
public struct InputLine {
  /// The line's characters (invalid bytes as stand-ins, see `ScalarCoding`).
  public var text: [Unicode.Scalar]
  /// The 1-based line number within the document.
  public var number: Int
  /// A line break ended it (false only for a document's unterminated last line).
  public var terminated: Bool
}

/// What a tool does with the documents the driver reads.
public protocol DocumentHandler: AnyObject {
  /// A document starts.
  func begin(_ document: DocumentName) throws(OutputSink.WriteError)
  /// A text line of the document.
  func text(_ line: InputLine) throws(OutputSink.WriteError)
  /// A text line of the document before it is decoded: true when the handler has dealt
  /// with it from its bytes alone (which are valid only during the call); false hands it on
  /// to `text` decoded.
  func verbatim(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, terminated: Bool) throws(OutputSink.WriteError) -> Bool
  /// Whether the handler takes runs of text lines from their bytes (`verbatimLines`).
  var claimsLines: Bool { get }
  /// The rest of a chunk read, from where text line `firstNumber` starts: the handler deals
  /// with the whole lines at its start (each with its line end) that it can from their bytes
  /// alone (valid only during the call), and says which (none: they are handed on one at a
  /// time). A line it refuses is then handed to `text` without a call to `verbatim`.
  func verbatimLines(_ bytes: UnsafeBufferPointer<UInt8>, firstNumber: Int) throws(OutputSink.WriteError) -> LineRun
  /// A record of the document (records input).
  func record(_ record: JSONRecord, _ line: InputLine) throws(OutputSink.WriteError)
  /// The document ended.
  func end() throws(OutputSink.WriteError)
  /// Every line of the chunk just read has been handed over (a point to pass batched work
  /// on before the next read).
  func chunkEnd() throws(OutputSink.WriteError)
  /// How many bytes to read at a time: the unit of work `chunkEnd` passes on.
  var chunkSize: Int { get }
}

extension DocumentHandler {
  /// Nothing to do by default.
  public func chunkEnd() throws(OutputSink.WriteError) {}
  /// No line runs by default.
  public var claimsLines: Bool { false }
  /// 256 KiB by default: large enough that handing a chunk to worker threads costs little
  /// beside the work on it.
  public var chunkSize: Int { 1 << 18 }
  /// No line runs by default.
  public func verbatimLines(_ bytes: UnsafeBufferPointer<UInt8>, firstNumber: Int) throws(OutputSink.WriteError) -> LineRun {
    LineRun.none
  }
  /// Every line is decoded by default.
  public func verbatim(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, terminated: Bool) throws(OutputSink.WriteError) -> Bool {
    false
  }
}

/// Reads every operand in order through `LineSplitter`, decodes lines, detects records
/// input, and reports unreadable files and invalid UTF-8 as CLI.md prescribes: the message
/// `tool: file: reason`, processing goes on, and the final status is 1.
///
/// With a `LineRenderer` that has several workers (and without `--strict`), the text lines
/// of each chunk read are collected into a `LineBatch` and rendered on that many threads;
/// the output is written in input order before the next read, so memory stays bounded by
/// the chunk and the longest line.
public final class InputDriver {
  private let options: CommonOptions
  private let handler: DocumentHandler
  private let renderer: LineRenderer?
  private var batch = LineBatch()
  /// False once any input failed.
  public private(set) var succeeded = true

  /// A driver for `options` feeding `handler`.
  public init(options: CommonOptions, handler: DocumentHandler) {
    self.options = options
    self.handler = handler
    let renderer = handler as? LineRenderer
    self.renderer = renderer.flatMap { $0.workers > 1 && !options.strict ? $0 : nil }
  }

  /// Reads all operands.
  public func run() throws(OutputSink.WriteError) {
    let meter = ProgressMeter(enabled: options.progress, operands: options.operands)
    defer { meter.finish() }
    for operand in options.operands { try readOperand(operand, meter) }
  }

  private func readOperand(_ operand: String, _ meter: ProgressMeter) throws(OutputSink.WriteError) {
    let shown = operand == "-" ? "standard input" : Diagnostics.quote(operand)
    let descriptor: Int32 = operand == "-" ? 0 : open(operand, O_RDONLY)
    guard descriptor >= 0 else {
      fail("\(shown): \(Diagnostics.describe(errno: errno))")
      return
    }
    defer { if descriptor != 0 { close(descriptor) } }
    var info = stat()
    if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
      fail("\(shown): \(Diagnostics.describe(errno: EISDIR))")
      return
    }
    var state = ReadState(operand: operand, shown: shown)
    var splitter = LineSplitter(nulSeparated: options.nullData)
    var chunk = [UInt8](repeating: 0, count: handler.chunkSize)
    let claims = handler.claimsLines && renderer == nil
    while !state.stopped {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        fail("\(shown): \(Diagnostics.describe(errno: errno))")
        break
      }
      if count == 0 { break }
      meter.advance(by: count)
      chunk.withUnsafeBufferPointer { buffer in
        let bytes = UnsafeBufferPointer(rebasing: buffer[0..<count])
        // Closures, not local functions: a local function that captures `state` keeps it
        // in a box whose every access is checked at run time, several times a line.
        if claims {
          splitter.feed(bytes, claim: { take($0, &state) }, { deliver($0, &state) })
        } else {
          splitter.feed(bytes, { deliver($0, &state) })
        }
      }
      if let failure = state.failure { throw failure }
      try renderBatch(&state)
      try handler.chunkEnd()
    }
    splitter.finish { event in
      guard !state.stopped else { return }
      deliver(event, &state)
    }
    if let failure = state.failure { throw failure }
    try renderBatch(&state)
    if state.inDocument { try handler.end() }
  }

  /// Handles one event of the splitter; a write error is kept in `state` (the splitter's
  /// callbacks cannot throw) and ends the handling of later events.
  private func deliver(_ event: LineSplitter.Event, _ state: inout ReadState) {
    guard state.failure == nil else { return }
    do throws(OutputSink.WriteError) { try handle(event, &state) } catch let failure { state.failure = failure }
  }

  /// Offers the lines starting `rest` to the handler as a run (see `LineSplitter.feed`).
  private func take(_ rest: UnsafeBufferPointer<UInt8>, _ state: inout ReadState) -> LineRun {
    guard state.failure == nil, state.inDocument, state.format == .text, !state.stopped else { return .none }
    do throws(OutputSink.WriteError) {
      let run = try handler.verbatimLines(rest, firstNumber: state.lineNumber + 1)
      state.lineNumber += run.lines
      state.refused = run.refusesNext
      return run
    } catch let failure {
      state.failure = failure
      return .none
    }
  }

  /// Per-operand reading state.
  private struct ReadState {
    let operand: String
    let shown: String
    var documentIndex = 0
    var inDocument = false
    var lineNumber = 0
    var format: InputFormat?
    var warned = false
    /// The handler refused the next text line in a run (`verbatimLines`).
    var refused = false
    var stopped = false
    /// The write error that stopped the handling of this chunk's lines.
    var failure: OutputSink.WriteError?

    init(operand: String, shown: String) {
      self.operand = operand
      self.shown = shown
    }
  }

  private func handle(_ event: LineSplitter.Event, _ state: inout ReadState) throws(OutputSink.WriteError) {
    switch event {
    case .documentEnd:
      if !state.inDocument { try begin(&state) }
      try renderBatch(&state)
      try handler.end()
      state.inDocument = false
    case .line(let bytes, let terminated):
      if state.stopped { return }
      if !state.inDocument { try begin(&state) }
      state.lineNumber += 1
      if renderer != nil && state.format == .text {
        batch.append(bytes, number: state.lineNumber, terminated: terminated)
        return
      }
      if state.format == nil && isText(firstLine: bytes) { state.format = .text }
      if state.format == .text, !state.refused,
        try handler.verbatim(bytes, number: state.lineNumber, terminated: terminated)
      {
        return
      }
      state.refused = false
      // A new array for every line, exactly as large as the line: handlers keep lines (the
      // layout window, the output stage), and a reused buffer would give each kept line the
      // capacity of the longest line seen.
      var text: [Unicode.Scalar] = []
      if ScalarCoding.decode(bytes, into: &text) != nil {
        if options.strict {
          try abandon("\(state.shown):\(state.lineNumber): invalid UTF-8", &state)
          return
        }
        warnOnce(state.lineNumber, &state)
      }
      let line = InputLine(text: text, number: state.lineNumber, terminated: terminated)
      if state.format == nil { state.format = detectFormat(line) }
      if state.format == .jsonl {
        let bytesCopy = UnsafeBufferPointer(start: bytes.baseAddress, count: bytes.count)
        if line.text.allSatisfy({ $0.isSpaceLike }) { return }
        do {
          let record = try JSONRecord.parse(bytesCopy)
          // Every tool reads the record's text: without it the record would vanish unseen.
          guard record.string("text") != nil else {
            try reject("not a zhtext record: no \"text\" string", &state)
            return
          }
          try handler.record(record, line)
        } catch let error as JSONError {
          try reject("not a JSON record: \(error)", &state)
        } catch let error as OutputSink.WriteError {
          throw error
        } catch {
          try reject("\(error)", &state)
        }
      } else {
        try handler.text(line)
      }
    }
  }

  /// Renders the batched lines on the renderer's workers and writes their output in order;
  /// reports the first invalid line as the sequential path does.
  private func renderBatch(_ state: inout ReadState) throws(OutputSink.WriteError) {
    guard let renderer, !batch.isEmpty else { return }
    let result = batch.render(with: renderer)
    batch.removeAll()
    warnOnce(result.firstInvalidLine, &state)
    for output in result.outputs { try renderer.sink.write(output) }
  }

  /// Handles a line of record input that is not a usable record: under `--strict` an error
  /// that abandons the operand (exit 1), otherwise a warning naming the skipped line.
  private func reject(_ reason: String, _ state: inout ReadState) throws(OutputSink.WriteError) {
    let place = "\(state.shown):\(state.lineNumber)"
    guard options.strict else {
      Diagnostics.report("\(place): \(reason) (line skipped)")
      return
    }
    try abandon("\(place): \(reason)", &state)
  }

  /// Fails the run with `message` and stops reading the operand, ending its open document.
  private func abandon(_ message: String, _ state: inout ReadState) throws(OutputSink.WriteError) {
    fail(message)
    state.stopped = true
    try handler.end()
    state.inDocument = false
  }

  /// Reports the first line of an operand with invalid UTF-8, once.
  private func warnOnce(_ line: Int?, _ state: inout ReadState) {
    guard let line, !state.warned else { return }
    Diagnostics.report("\(state.shown):\(line): invalid UTF-8")
    state.warned = true
  }

  private func begin(_ state: inout ReadState) throws(OutputSink.WriteError) {
    state.documentIndex += 1
    state.lineNumber = 0
    state.inDocument = true
    try handler.begin(DocumentName(operand: state.operand, index: options.nullData ? state.documentIndex : nil))
  }

  /// True when a document whose first line is `bytes` is text without decoding it
  /// (`detectFormat` would say so); false when the decoded line must decide.
  private func isText(firstLine bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    options.input == .text || (options.input == .auto && bytes.first != UInt8(ascii: "{"))
  }

  private func detectFormat(_ line: InputLine) -> InputFormat {
    switch options.input {
    case .text, .jsonl: return options.input
    case .auto:
      guard line.text.first == "{" else { return .text }
      var bytes: [UInt8] = []
      ScalarCoding.encode(line.text, into: &bytes, rawInvalidBytes: true)
      let record = bytes.withUnsafeBufferPointer { try? JSONRecord.parse($0) }
      return record?.string("text") != nil ? .jsonl : .text
    }
  }

  private func fail(_ message: String) {
    Diagnostics.report(message)
    succeeded = false
  }
}
