import ArgumentParser
import ZhText
import ZhTextCLI

/// `extract-numbers`: every numeric expression in Chinese text, with its exact value.
struct ExtractNumbers: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract-numbers",
    abstract: "Find every numeric expression in Chinese text and resolve its exact value.",
    discussion: "Types: number percent fraction ordinal range date currency (marker). See extract-numbers(1).",
    version: ToolMain.versionText("extract-numbers"))

  @OptionGroup var common: CommonOptions

  @OptionGroup var threading: ThreadOptions

  @Option(help: "Output format: jsonl, tsv or highlight.")
  var format: OutputFormat = .jsonl

  @Flag(name: [.customShort("H"), .customLong("with-filename")], help: "Prefix TSV lines with the document name.")
  var withFilename = false

  @Option(help: ArgumentHelp("Only these types, comma-separated.", valueName: "type,..."))
  var types: [String] = []

  @Flag(help: "Report enumeration markers (一是, （六）, 1.) as type marker.")
  var withMarkers = false

  @Option(help: ArgumentHelp("Add N characters of context around each number.", valueName: "N"))
  var context: Int?

  enum OutputFormat: String, ArgumentChoice { case jsonl, tsv, highlight }

  func validate() throws {
    if let bad = unknownTypes.first {
      throw ValidationError("unknown type '\(bad)' for --types (types: \(NumericExpression.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    if let context, context < 0 { throw ValidationError("--context takes a number of characters, 0 or more") }
  }

  private var typeNames: [String] { types.flatMap { $0.split(separator: ",").map(String.init) } }
  private var unknownTypes: [String] { typeNames.filter { NumericExpression.Kind(rawValue: $0) == nil } }
  var selectedTypes: [NumericExpression.Kind] { typeNames.compactMap(NumericExpression.Kind.init(rawValue:)) }

  func run() throws {
    let sink = OutputSink(lineBuffered: common.lineBuffered)
    let handler = NumbersHandler(
      scanner: NumberScanner(withMarkers: withMarkers || selectedTypes.contains(.marker)),
      sink: sink, format: format, withFilename: withFilename,
      types: selectedTypes.isEmpty ? nil : Set(selectedTypes), context: context,
      colored: format == .highlight && common.color.enabled, nulSeparated: common.nullData,
      threads: threading.count)
    let driver = InputDriver(options: common, handler: handler)
    try driver.run()
    try sink.flush()
    if !driver.succeeded { throw ExitCode.failure }
  }
}
