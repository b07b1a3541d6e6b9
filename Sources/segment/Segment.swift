import ArgumentParser
import ZhText
import ZhTextCLI

#if canImport(Glibc)
  import Glibc
#endif

/// `segment`: sentences (default) or words of Chinese text.
struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Split Chinese text into sentences (default) or words.",
    discussion: "ICU's break iterators, corrected for Chinese. See segment(1).",
    version: ToolMain.versionText("segment"))

  @OptionGroup var common: CommonOptions

  @OptionGroup var threading: ThreadOptions

  @Flag(help: "Split into words instead of sentences.")
  var words = false

  @Option(name: [.customShort("d"), .customLong("delimiter")], help: "Word delimiter in text output (default: a space; \\t and \\n understood).")
  var delimiter: String = " "

  @Option(help: ArgumentHelp("User dictionary: one word per line, optional frequency and tag.", valueName: "file"))
  var dict: String?

  @Flag(help: "A semicolon ends a sentence.")
  var semicolon = false

  @Flag(help: "Join hard-wrapped lines into paragraphs first (normalize's layout rules).")
  var unwrap = false

  @Option(help: "Output format: text, jsonl or tsv (default: text; jsonl for records input).")
  var format: OutputFormat?

  enum OutputFormat: String, ArgumentChoice { case text, jsonl, tsv }

  func run() throws {
    var dictionary = UserDictionary()
    if let dict {
      guard let bytes = readWholeFile(dict) else {
        Diagnostics.report("\(Diagnostics.quote(dict)): \(Diagnostics.describe(errno: errno))")
        throw ExitCode(1)
      }
      dictionary = UserDictionary(parsing: ScalarCoding.decode(bytes))
    }
    let splitter: SegmentHandler.Splitter =
      words ? .words(try WordSegmenter(dictionary: dictionary)) : .sentences(try SentenceSplitter(semicolon: semicolon))
    let sink = OutputSink(lineBuffered: common.lineBuffered)
    let handler = SegmentHandler(
      splitter: splitter, sink: sink, format: format, delimiter: unescaped(delimiter),
      unwrap: unwrap, nulSeparated: common.nullData, threads: threading.count)
    let driver = InputDriver(options: common, handler: handler)
    try driver.run()
    try sink.flush()
    if !driver.succeeded { throw ExitCode.failure }
  }

  /// `\t` and `\n` in the delimiter stand for a tab and a newline.
  private func unescaped(_ text: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    var escape = false
    for c in text.unicodeScalars {
      if escape {
        result.append(c == "t" ? "\t" : c == "n" ? "\n" : c)
        escape = false
      } else if c == "\\" {
        escape = true
      } else {
        result.append(c)
      }
    }
    if escape { result.append("\\") }
    return result
  }

  private func readWholeFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 { return nil }
      if count == 0 { return bytes }
      bytes += chunk[0..<count]
    }
  }
}
