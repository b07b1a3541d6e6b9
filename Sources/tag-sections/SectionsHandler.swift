import ZhText
import ZhTextCLI

/// Reads each document into blocks (or takes records as blocks), labels them and writes
/// records, TSV, Markdown or an outline.
final class SectionsHandler: DocumentHandler {
  private let sink: OutputSink
  private let format: TagSections.OutputFormat
  private let furniture: TagSections.Furniture
  private let nulSeparated: Bool
  private var document = DocumentName(operand: "-", index: nil)
  private var reader: BlockReader
  private var tagger = SectionTagger()
  private static let layoutOptions: NormalizeOptions = {
    var options = NormalizeOptions()
    options.rules = [.reflow, .toc, .header, .caption]  // layout only: the text stays as written
    return options
  }()

  init(sink: OutputSink, format: TagSections.OutputFormat, furniture: TagSections.Furniture, nulSeparated: Bool) {
    self.sink = sink
    self.format = format
    self.furniture = furniture
    self.nulSeparated = nulSeparated
    self.reader = BlockReader(options: Self.layoutOptions)
  }

  func begin(_ document: DocumentName) throws(OutputSink.WriteError) {
    self.document = document
    tagger = SectionTagger()
  }

  func text(_ line: InputLine) throws(OutputSink.WriteError) {
    var text = line.textWithoutByteOrderMark
    var pageStart = false
    if text.contains("\u{0C}") {
      pageStart = true
      text = text.applying(BlockReader.formFeedEdits(text))
    }
    let emphasized = !DoubledGlyphRule.edits(text).isEmpty
    var log: [Change]?
    for block in reader.add(Paragraph(text: text, line: line.number), pageStart: pageStart, emphasized: emphasized, log: &log) {
      for section in tagger.tag(block) { try write(section, carried: nil) }
    }
  }

  func record(_ record: JSONRecord, _ line: InputLine) throws(OutputSink.WriteError) {
    let lines = record.integerPair("lines").map { $0.0...$0.1 } ?? line.number...line.number
    let block = SectionTagger.block(forRecord: record.string("text") ?? [], lines: lines)
    // Records carry their own fields, so each is labelled and written at once.
    for section in tagger.tag(block) + tagger.finish() { try write(section, carried: record) }
  }

  func end() throws(OutputSink.WriteError) {
    var log: [Change]?
    for block in reader.finish(log: &log) {
      for section in tagger.tag(block) { try write(section, carried: nil) }
    }
    for section in tagger.finish() { try write(section, carried: nil) }
    if nulSeparated && format != .jsonl { try sink.write([0]) }
    try sink.endUnit()
  }

  private static let ownFields: Set<String> = [
    "label", "level", "marker", "heading", "path", "layer", "text", "lead", "credit",
  ]

  private func write(_ section: SectionRecord, carried: JSONRecord?) throws(OutputSink.WriteError) {
    let isFurniture = section.label.layer == "furniture"
    if isFurniture && furniture == .drop { return }
    switch format {
    case .jsonl:
      try sink.append { out in
        RecordOpening.append(carried: carried, doc: self.document.json, lines: section.lines, own: Self.ownFields, to: &out)
        out += #""label":""#.utf8
        out += section.label.rawValue.utf8
        out += #"","level":"#.utf8
        out += (section.level.map(String.init) ?? "null").utf8
        out += #","marker":"#.utf8
        Self.appendOptional(section.marker, &out)
        out += #","heading":"#.utf8
        Self.appendOptional(section.heading, &out)
        out += #","path":"#.utf8
        out += self.pathJSON(section.path)
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
      }
    case .tsv:
      try sink.write(TSV.line([
        String(section.lines.lowerBound), String(section.lines.upperBound), section.label.rawValue,
        section.level.map(String.init) ?? "", section.text.string,
      ]))
    case .md:
      try sink.write(Array(markdown(section, furniture: isFurniture).utf8))
    case .outline:
      guard [.title, .heading, .runinHeading].contains(section.label) else { return }
      let depth = section.label == .title ? 0 : max(1, (section.level ?? 1))
      let indent = String(repeating: "  ", count: depth)
      let shown = section.heading ?? section.text.string
      try sink.write(Array("\(String(section.lines.lowerBound).leftPadded(5))  \(indent)\(shown)\n".utf8))
    }
    try sink.endUnit()
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
      return "\(hashes) \(heading)\n\n\(rest)\n\n"
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
