import ArgumentParser

/// How input lines are read: as plain text or as JSON Lines records.
public enum InputFormat: String, ArgumentChoice, Sendable {
  /// Records when the first line is a JSON object with a string `text`, else text.
  case auto
  /// Plain text lines.
  case text
  /// One JSON record per line.
  case jsonl
}

/// The options every zhtext tool takes (CLI.md): operands, `-z`, `--input`,
/// `--line-buffered`, `--color`, `--strict`, `--progress`.
public struct CommonOptions: ParsableArguments {
  @Argument(help: "Files to read ('-' or none: standard input).")
  public var files: [String] = []

  @Flag(name: [.customShort("z"), .customLong("null-data")],
        help: "Documents are separated by NUL bytes instead of one per file.")
  public var nullData = false

  @Option(name: .customLong("input"), help: "Input format: auto, text or jsonl.")
  public var input: InputFormat = .auto

  @Flag(name: .customLong("line-buffered"), help: "Flush output after every line or record.")
  public var lineBuffered = false

  @Option(name: .customLong("color"), help: "Colour: auto, always or never.")
  public var color: ColorChoice = .auto

  @Flag(name: .customLong("strict"), help: "Treat invalid UTF-8 and bad records as errors (exit 1).")
  public var strict = false

  @Flag(name: .customLong("progress"),
        help: "Show bytes read, rate and time left on standard error while it is a terminal.")
  public var progress = false

  public init() {}

  /// The operands to read, in order; standard input when there are none.
  public var operands: [String] { files.isEmpty ? ["-"] : files }
}
