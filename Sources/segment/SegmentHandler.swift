import ZhText
import ZhTextCLI

/// Splits each paragraph (a line, an unwrapped paragraph or a record's `text`) and writes
/// the pieces.
final class SegmentHandler: DocumentHandler {
  /// What to split into.
  enum Splitter {
    case sentences(SentenceSplitter)
    case words(WordSegmenter)
  }

  private let splitter: Splitter
  private let sink: OutputSink
  private let format: Segment.OutputFormat?
  private let delimiter: [Unicode.Scalar]
  private let unwrap: Bool
  private let nulSeparated: Bool
  private var document = DocumentName(operand: "-", index: nil)
  private var paragraphs: DocumentNormalizer?
  private var lastTerminated = true

  init(splitter: Splitter, sink: OutputSink, format: Segment.OutputFormat?, delimiter: [Unicode.Scalar],
       unwrap: Bool, nulSeparated: Bool) {
    self.splitter = splitter
    self.sink = sink
    self.format = format
    self.delimiter = delimiter
    self.unwrap = unwrap
    self.nulSeparated = nulSeparated
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
    lastTerminated = line.terminated
    guard var normalizer = paragraphs else {
      try write(line.textWithoutByteOrderMark, lines: line.number...line.number, carried: nil, terminated: line.terminated)
      return
    }
    var done: [Paragraph] = []
    normalizer.add(line.textWithoutByteOrderMark, number: line.number) { done.append($0) }
    paragraphs = normalizer
    for paragraph in done { try write(paragraph.text, lines: paragraph.lines, carried: nil, terminated: true) }
  }

  func record(_ record: JSONRecord, _ line: InputLine) throws(OutputSink.WriteError) {
    let lines = record.integerPair("lines").map { $0.0...$0.1 } ?? line.number...line.number
    try write(record.string("text") ?? [], lines: lines, carried: record, terminated: true)
  }

  func end() throws(OutputSink.WriteError) {
    if var normalizer = paragraphs {
      var done: [Paragraph] = []
      normalizer.finish { done.append($0) }
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
    // The pieces' spans, and for words their types.
    let ranges: [Range<Int>]
    var types: [WordSegmenter.WordType] = []
    switch splitter {
    case .sentences(let sentences):
      ranges = sentences.sentences(text)
    case .words(let segmenter):
      let words = segmenter.words(text).filter { $0.type != .space }
      ranges = words.map(\.range)
      types = words.map(\.type)
    }
    let format = self.format ?? (carried == nil ? .text : .jsonl)
    switch format {
    case .text:
      try sink.append { out in
        switch self.splitter {
        case .sentences:
          for range in ranges {
            ScalarCoding.encode(text[Self.trimmed(range, in: text)], into: &out, rawInvalidBytes: true)
            out.append(0x0A)
          }
        case .words:
          for (k, range) in ranges.enumerated() {
            if k > 0 { ScalarCoding.encode(self.delimiter, into: &out, rawInvalidBytes: true) }
            ScalarCoding.encode(text[range], into: &out, rawInvalidBytes: true)
          }
          if terminated || !ranges.isEmpty { out.append(0x0A) }
        }
      }
    case .tsv:
      for range in ranges {
        try sink.write(TSV.line([
          String(lines.lowerBound), String(range.lowerBound), String(range.upperBound), Array(text[range]).string,
        ]))
      }
    case .jsonl:
      for (index, range) in ranges.enumerated() {
        let type = types.isEmpty ? nil : types[index]
        try sink.append { out in
          RecordOpening.append(carried: carried, doc: self.document.json, lines: lines, own: Self.ownFields, to: &out)
          let kind = type == nil ? "sentence" : "word"
          out += Array("\"kind\":\"\(kind)\",\"index\":\(index),\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"text\":".utf8)
          JSONWriter.appendString(text[range], to: &out)
          if let type { out += Array(",\"type\":\"\(type.rawValue)\"".utf8) }
          out += [UInt8(ascii: "}"), 0x0A]
        }
      }
    }
    try sink.endUnit()
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

