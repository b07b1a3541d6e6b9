import ZhText
import ZhTextCLI

/// Splits each paragraph (a line, an unwrapped paragraph or a record's `text`) and writes
/// the pieces. Lines are independent unless `--unwrap` joins them, so without it they are
/// rendered on several workers, each with its own ICU iterator.
final class SegmentHandler: LineRenderer {
  /// What to split into.
  enum Splitter {
    case sentences(SentenceSplitter)
    case words(WordSegmenter)

    /// The same splitter for another thread.
    func clone() throws(ICUError) -> Splitter {
      switch self {
      case .sentences(let splitter): return .sentences(try splitter.clone())
      case .words(let segmenter): return .words(try segmenter.clone())
      }
    }
  }

  /// One splitter per worker; the first is the one given.
  private var splitters: [Splitter]
  let sink: OutputSink
  let workers: Int
  private let format: Segment.OutputFormat?
  private let delimiter: [Unicode.Scalar]
  private let unwrap: Bool
  private let nulSeparated: Bool
  private var document = DocumentName(operand: "-", index: nil)
  private var paragraphs: DocumentNormalizer?

  init(splitter: Splitter, sink: OutputSink, format: Segment.OutputFormat?, delimiter: [Unicode.Scalar],
       unwrap: Bool, nulSeparated: Bool, threads: Int) {
    self.splitters = [splitter]
    self.sink = sink
    self.format = format
    self.delimiter = delimiter
    self.unwrap = unwrap
    self.nulSeparated = nulSeparated
    self.workers = unwrap || sink.lineBuffered ? 1 : threads
  }

  func prepareWorkers(_ count: Int) -> Int {
    while splitters.count < count, let clone = try? splitters[0].clone() { splitters.append(clone) }
    return min(count, splitters.count)
  }

  func begin(_ document: DocumentName) throws(OutputSink.WriteError) {
    self.document = document
    if unwrap {
      var options = NormalizeOptions()
      options.rules = [.reflow]  // layout only: the text keeps every character
      paragraphs = DocumentNormalizer(options: options, reporting: false)
    }
  }

  func text(_ line: InputLine) throws(OutputSink.WriteError) {
    guard var normalizer = paragraphs else { return try writeRendered(line) }
    var done: [Paragraph] = []
    normalizer.add(line.textWithoutByteOrderMark, number: line.number) { done.append($0.paragraph) }
    paragraphs = normalizer
    for paragraph in done { try write(paragraph.text, lines: paragraph.lines, carried: nil, terminated: true) }
  }

  func render(_ line: InputLine, into out: inout [UInt8], worker: Int) {
    append(line.textWithoutByteOrderMark, lines: line.number...line.number, carried: nil,
           terminated: line.terminated, splitter: splitters[worker], to: &out)
  }

  func record(_ record: JSONRecord, _ line: InputLine) throws(OutputSink.WriteError) {
    let lines = record.integerPair("lines").map { $0.0...$0.1 } ?? line.number...line.number
    try write(record.string("text") ?? [], lines: lines, carried: record, terminated: true)
  }

  func end() throws(OutputSink.WriteError) {
    if var normalizer = paragraphs {
      var done: [Paragraph] = []
      normalizer.finish { done.append($0.paragraph) }
      paragraphs = normalizer
      for paragraph in done { try write(paragraph.text, lines: paragraph.lines, carried: nil, terminated: true) }
    }
    if nulSeparated && (format ?? .text) != .jsonl { try sink.write([0]) }
    try sink.endUnit()
  }

  /// The fields a piece record sets itself (an input record's own are replaced).
  private static let ownFields: Set<String> = ["kind", "index", "start", "end", "text", "type"]

  private func write(
    _ text: [Unicode.Scalar], lines: ClosedRange<Int>, carried: JSONRecord?, terminated: Bool
  ) throws(OutputSink.WriteError) {
    try sink.append { append(text, lines: lines, carried: carried, terminated: terminated, splitter: splitters[0], to: &$0) }
    try sink.endUnit()
  }

  /// Appends the pieces of one paragraph in the output format.
  private func append(
    _ text: [Unicode.Scalar], lines: ClosedRange<Int>, carried: JSONRecord?, terminated: Bool,
    splitter: Splitter, to out: inout [UInt8]
  ) {
    // The pieces' spans, and for words their types.
    let ranges: [Range<Int>]
    var types: [WordSegmenter.WordType] = []
    switch splitter {
    case .sentences(let sentences):
      ranges = sentences.sentences(text)
    case .words(let segmenter):
      let words = segmenter.words(text)
      var spans: [Range<Int>] = []
      spans.reserveCapacity(words.count)
      types.reserveCapacity(words.count)
      for word in words where word.type != .space {
        spans.append(word.range)
        types.append(word.type)
      }
      ranges = spans
    }
    switch format ?? (carried == nil ? .text : .jsonl) {
    case .text:
      switch splitter {
      case .sentences:
        for range in ranges {
          ScalarCoding.encode(text[Self.trimmed(range, in: text)], into: &out, rawInvalidBytes: true)
          out.append(0x0A)
        }
      case .words:
        // The line is assembled first and encoded once: words are short.
        var line: [Unicode.Scalar] = []
        line.reserveCapacity(text.count + ranges.count * delimiter.count)
        for (k, range) in ranges.enumerated() {
          if k > 0 { line += delimiter }
          line += text[range]
        }
        ScalarCoding.encode(line, into: &out, rawInvalidBytes: true)
        if terminated || !ranges.isEmpty { out.append(0x0A) }
      }
    case .tsv:
      for range in ranges {
        out += TSV.line([String(lines.lowerBound), String(range.lowerBound), String(range.upperBound), Array(text[range]).string])
      }
    case .jsonl:
      for (index, range) in ranges.enumerated() {
        let type = types.isEmpty ? nil : types[index]
        RecordOpening.append(carried: carried, doc: document.json, lines: lines, own: Self.ownFields, to: &out)
        let kind = type == nil ? "sentence" : "word"
        out += Array("\"kind\":\"\(kind)\",\"index\":\(index),\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"text\":".utf8)
        JSONWriter.appendString(text[range], to: &out)
        if let type { out += Array(",\"type\":\"\(type.rawValue)\"".utf8) }
        out += [UInt8(ascii: "}"), 0x0A]
      }
    }
  }

  /// A sentence without the spaces around it (text output only; offsets keep them).
  private static func trimmed(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && text[lower].isSpaceLike { lower += 1 }
    while upper > lower && text[upper - 1].isSpaceLike { upper -= 1 }
    return lower..<upper
  }
}

