import ArgumentParser
import ZhText
import ZhTextCLI

/// `tag-sections`: the structure of a Chinese document from plain text.
struct TagSections: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag-sections",
    abstract: "Label the blocks of a Chinese document: titles, heading levels, captions, furniture.",
    discussion: "Labels: \(SectionLabel.allCases.map(\.rawValue).joined(separator: " ")). See tag-sections(1).",
    version: ToolMain.versionText("tag-sections"))

  @OptionGroup var common: CommonOptions

  @OptionGroup var threading: ThreadOptions

  @Option(help: "Output format: jsonl, tsv, md or outline.")
  var format: OutputFormat = .jsonl

  @Option(help: "Page furniture: keep, comment or drop (default: comment in md, else keep).")
  var furniture: Furniture?

  enum OutputFormat: String, ArgumentChoice { case jsonl, tsv, md, outline }
  enum Furniture: String, ArgumentChoice { case keep, comment, drop }

  func run() throws {
    let sink = OutputSink(lineBuffered: common.lineBuffered)
    let handler = SectionsHandler(
      sink: sink, format: format, furniture: furniture ?? (format == .md ? .comment : .keep),
      nulSeparated: common.nullData, threads: threading.count)
    let driver = InputDriver(options: common, handler: handler)
    try driver.run()
    try sink.flush()
    if !driver.succeeded { throw ExitCode.failure }
  }
}
