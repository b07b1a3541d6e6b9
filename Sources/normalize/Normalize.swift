import ArgumentParser
import ZhText
import ZhTextCLI

/// `normalize`: repairs the noise of PDF-extracted Chinese text. The options map onto
/// `NormalizeOptions`; the work is `NormalizeHandler` over `InputDriver`.
struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Repair PDF-extracted Chinese text: one clean paragraph per line.",
    discussion: "Rules: \(RuleID.defaults.map(\.rawValue).joined(separator: " ")). See normalize(1).",
    version: ToolMain.versionText("normalize"))

  @OptionGroup var common: CommonOptions

  @OptionGroup var threading: ThreadOptions

  @Option(help: "Output format: text or jsonl (default: text; jsonl for records input).")
  var format: OutputFormat?

  @Flag(help: "Keep the input's lines: character rules only.")
  var noReflow = false

  @Flag(help: "Keep tables of contents, running headers, captions in place, jump lines.")
  var keepFurniture = false

  @Option(help: ArgumentHelp("Rules to turn off, comma-separated.", valueName: "id,..."))
  var disable: [String] = []

  @Option(help: "Traditional characters: off or stray.")
  var t2s: NormalizeOptions.TraditionalMode = .stray

  @Flag(help: "Hyphen between Han characters to an em dash.")
  var cjkDash = false

  @Flag(help: "ASCII ~ in numeric ranges to full-width ～.")
  var tilde = false

  @Option(help: "Spacing between Han and Latin/digits: remove or pangu.")
  var spacing: Spacing = .remove

  @Flag(help: "Apply NFKC instead of NFC (lossy: folds Chinese punctuation).")
  var nfkc = false

  @Flag(help: "An empty line between paragraphs.")
  var blankLine = false

  @Flag(help: "Drop a line-final hyphen between lowercase letters when joining lines.")
  var dehyphenate = false

  @Option(help: ArgumentHelp("List every change on stderr: tsv, json or summary.", valueName: "kind"))
  var report: ReportFormat?

  @Flag(help: "Show the changes (coloured on a terminal) instead of the text.")
  var diff = false

  @Flag(help: "Report suspicious content on stderr (never changed).")
  var flag = false

  enum OutputFormat: String, ArgumentChoice { case text, jsonl }
  enum Spacing: String, ArgumentChoice { case remove, pangu }

  func validate() throws {
    for id in disable.flatMap({ $0.split(separator: ",") }) where RuleID(rawValue: String(id)) == nil {
      throw ValidationError("unknown rule '\(id)' for --disable (rules: \(RuleID.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
  }

  var normalizeOptions: NormalizeOptions {
    var options = NormalizeOptions()
    for id in disable.flatMap({ $0.split(separator: ",") }) {
      if let rule = RuleID(rawValue: String(id)) { options.rules.remove(rule) }
    }
    if noReflow { options.rules.subtract(RuleID.layout) }
    if keepFurniture { options.rules.subtract([.toc, .header, .caption, .continuation]) }
    if nfkc { options.rules.insert(.nfkc) }
    if cjkDash { options.rules.insert(.dash) }
    if tilde { options.rules.insert(.tilde) }
    if spacing == .pangu { options.rules.insert(.pangu) }
    options.traditional = t2s
    options.dehyphenate = dehyphenate
    options.blankLine = blankLine
    return options
  }

  func run() throws {
    let sink = OutputSink(lineBuffered: common.lineBuffered)
    let handler = NormalizeHandler(
      options: normalizeOptions, sink: sink, jsonl: format.map { $0 == .jsonl }, report: report,
      diff: diff ? DiffStyle(colored: common.color.enabled) : nil, flag: flag,
      nulSeparated: common.nullData, threads: threading.count)
    let driver = InputDriver(options: common, handler: handler)
    try driver.run()
    handler.finishReport()
    try sink.flush()
    if !driver.succeeded { throw ExitCode.failure }
  }
}

extension NormalizeOptions.TraditionalMode: ArgumentChoice {}
