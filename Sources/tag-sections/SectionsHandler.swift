import ZhText
import ZhTextCLI

/// Reads each document into blocks (or takes records as blocks), labels them and writes
/// records, TSV, Markdown or an outline.
///
/// With more than one thread, layout stays on the reading thread and labelling and output
/// run on an `OutputStage`, a chunk of blocks at a time.
final class SectionsHandler: DocumentHandler {
  private let sink: OutputSink
  private let format: TagSections.OutputFormat
  private let furniture: TagSections.Furniture
  private let nulSeparated: Bool
  private var document = DocumentName(operand: "-", index: nil)
  private var reader: BlockReader
  private var tagger = SectionTagger()
  /// What measuring a line from its bytes needs of each character.
  private let classes = LineClasses(rules: ParagraphRules(options: .layoutOnly))

  /// The second thread, when labelling and output run there.
  private let stage: OutputStage?
  /// Blocks laid out since the last hand-over to the stage.
  private var pending: [Block] = []

  init(sink: OutputSink, format: TagSections.OutputFormat, furniture: TagSections.Furniture, nulSeparated: Bool,
       threads: Int) {
    self.sink = sink
    self.stage = threads > 1 && !sink.lineBuffered ? OutputStage() : nil
    self.format = format
    self.furniture = furniture
    self.nulSeparated = nulSeparated
    self.reader = BlockReader(options: .layoutOnly)
  }

  func begin(_ document: DocumentName) throws(OutputSink.WriteError) {
    self.document = document
    tagger = SectionTagger()
  }

  func text(_ line: InputLine) throws(OutputSink.WriteError) {
    var log: [Change]?
    reader.add(written: line.textWithoutByteOrderMark, number: line.number, log: &log, into: &pending)
    try writePending()
  }

  /// Without a stage, labels and writes the blocks laid out so far (with one, they wait for
  /// the chunk's end).
  private func writePending() throws(OutputSink.WriteError) {
    guard stage == nil, !pending.isEmpty else { return }
    try sink.append { out in tag(pending, to: &out) }
    pending.removeAll(keepingCapacity: true)
    try sink.endUnit()
  }

  func verbatim(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, terminated: Bool) throws(OutputSink.WriteError) -> Bool {
    // A byte order mark opening the document is no text: that line goes the decoded way.
    if number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return false }
    var log: [Change]?
    guard reader.add(utf8: bytes, number: number, classes: classes, log: &log, into: &pending) else { return false }
    try writePending()
    return true
  }

  func chunkEnd() throws(OutputSink.WriteError) {
    try handOver()
  }

  /// Labels `blocks` and appends their records.
  private func tag(_ blocks: [Block], to out: inout [UInt8]) {
    for block in blocks {
      for section in tagger.tag(block) { append(section, carried: nil, to: &out) }
    }
  }

  /// Passes the pending blocks to the stage, which labels and writes them; `last` ends the
  /// document there.
  private func handOver(last: Bool = false) throws(OutputSink.WriteError) {
    guard let stage, !pending.isEmpty || last else { return }
    let batch = StageOwned(pending)
    // A list the stage has finished with, emptied here, where its blocks were made.
    pending = stage.reclaim([Block].self) ?? []
    pending.removeAll(keepingCapacity: true)
    let owned = StageOwned(self)
    try stage.submit { () throws(OutputSink.WriteError) in
      let handler = owned.value
      // Straight into the sink's buffer, which keeps its capacity from batch to batch.
      try handler.sink.append { out in
        handler.tag(batch.value, to: &out)
        if last { handler.finishDocument(to: &out) }
      }
      try handler.sink.endUnit()
      return batch.value  // reused or released by the reading thread, which allocated it
    }
  }

  /// The record still waiting in the tagger and, with `-z`, the document's NUL.
  private func finishDocument(to out: inout [UInt8]) {
    for section in tagger.finish() { append(section, carried: nil, to: &out) }
    if nulSeparated && format != .jsonl { out.append(0) }
  }

  func record(_ record: JSONRecord, _ line: InputLine) throws(OutputSink.WriteError) {
    try stage?.drain()
    let lines = record.integerPair("lines").map { $0.0...$0.1 } ?? line.number...line.number
    let block = SectionTagger.block(forRecord: record.string("text") ?? [], lines: lines)
    // Records carry their own fields, so each is labelled and written at once.
    try sink.append { out in
      for section in tagger.tag(block) + tagger.finish() { append(section, carried: record, to: &out) }
    }
    try sink.endUnit()
  }

  func end() throws(OutputSink.WriteError) {
    var log: [Change]?
    reader.finish(log: &log, into: &pending)
    guard let stage else {
      try sink.append { out in
        tag(pending, to: &out)
        finishDocument(to: &out)
      }
      pending.removeAll()
      try sink.endUnit()
      return
    }
    try handOver(last: true)
    try stage.drain()
  }

  private static let ownFields: Set<String> = [
    "label", "level", "marker", "heading", "path", "layer", "text", "lead", "credit",
  ]

  /// Appends one record in the output format.
  private func append(_ section: SectionRecord, carried: JSONRecord?, to out: inout [UInt8]) {
    let isFurniture = section.label.layer == "furniture"
    if isFurniture && furniture == .drop { return }
    switch format {
    case .jsonl:
      RecordOpening.append(carried: carried, doc: document.json, lines: section.lines, own: Self.ownFields, to: &out)
      out += #""label":""#.utf8
      out += section.label.rawValue.utf8
      out += #"","level":"#.utf8
      out += (section.level.map(String.init) ?? "null").utf8
      out += #","marker":"#.utf8
      Self.appendOptional(section.marker, &out)
      out += #","heading":"#.utf8
      Self.appendOptional(section.heading, &out)
      out += #","path":"#.utf8
      out += pathJSON(section.path)
      out += #","layer":""#.utf8
      out += section.label.layer.utf8
      out += #"","text":"#.utf8
      JSONWriter.appendString(section.text, to: &out)
      if let lead = section.lead {
        out += #","lead":"#.utf8
        JSONWriter.appendString(lead, to: &out)
      }
      if let credit = section.credit {
        out += #","credit":"#.utf8
        JSONWriter.appendString(credit, to: &out)
      }
      out += [UInt8(ascii: "}"), 0x0A]
    case .tsv:
      out += TSV.line([
        String(section.lines.lowerBound), String(section.lines.upperBound), section.label.rawValue,
        section.level.map(String.init) ?? "", section.text.string,
      ])
    case .md:
      out += markdown(section, furniture: isFurniture).utf8
    case .outline:
      guard [.title, .heading, .runinHeading].contains(section.label) else { return }
      let depth = section.label == .title ? 0 : max(1, (section.level ?? 1))
      let indent = String(repeating: "  ", count: depth)
      let shown = section.heading ?? section.text.string
      out += "\(String(section.lines.lowerBound).leftPadded(5))  \(indent)\(shown)\n".utf8
    }
  }

  private func markdown(_ section: SectionRecord, furniture isFurniture: Bool) -> String {
    let text = section.text.string
    if isFurniture && furniture == .comment {
      return "<!-- \(section.label.rawValue): \(text.replacingDoubleDashes) -->\n\n"
    }
    switch section.label {
    case .title: return "# \(section.heading ?? text)\n\n"
    case .heading:
      return String(repeating: "#", count: min(6, max(2, (section.level ?? 1) + 1))) + " \(section.heading ?? text)\n\n"
    case .runinHeading:
      let hashes = String(repeating: "#", count: min(6, max(2, (section.level ?? 1) + 1)))
      let heading = section.heading ?? ""
      let rest = text.count > heading.count ? String(text.dropFirst(heading.count)) : ""
      return "\(hashes) \(heading)\n\n" + (rest.isEmpty ? "" : "\(rest)\n\n")  // a heading alone has no body
    case .subtitle, .dateline, .byline: return "*\(text)*\n\n"
    case .listItem: return "- \(text)\n"
    case .caption: return "> 图：\(text)\n\n"
    case .paragraph:
      if let lead = section.lead, text.hasPrefix(lead) { return "**\(lead)**\(text.dropFirst(lead.count))\n\n" }
      return "\(text)\n\n"
    default: return "\(text)\n\n"
    }
  }

  /// The JSON array of a heading path, remade only when the path changes (most records
  /// share the path of the one before).
  private func pathJSON(_ path: [String]) -> [UInt8] {
    if path != lastPath.headings {
      var json: [UInt8] = [UInt8(ascii: "[")]
      for (k, heading) in path.enumerated() {
        if k > 0 { json.append(UInt8(ascii: ",")) }
        JSONWriter.appendString(heading, to: &json)
      }
      json.append(UInt8(ascii: "]"))
      lastPath = (path, json)
    }
    return lastPath.json
  }

  private var lastPath: (headings: [String], json: [UInt8]) = ([], Array("[]".utf8))

  private static func appendOptional(_ value: String?, _ out: inout [UInt8]) {
    if let value { JSONWriter.appendString(value, to: &out) } else { out += Array("null".utf8) }
  }
}

extension String {
  func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }

  /// `--` cannot appear inside an HTML comment.
  var replacingDoubleDashes: String {
    var out = ""
    for c in self { out.append(c); if c == "-" && out.hasSuffix("--") { out.removeLast(); out += "‐" } }
    return out
  }
}
