import ArgumentParser
import ZhText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The shared `main` of every zhtext tool: parses the command line, runs the command, and
/// maps every outcome to CLI.md's exit statuses — 0 success (and `--help`, `--version`),
/// 1 a runtime or data problem, 2 a usage error (swift-argument-parser's 64 remapped) —
/// with messages on standard error prefixed by the tool's name.
public enum ToolMain {
  /// The toolkit's version.
  public static let version = "0.1.0"

  /// The `--version` text of `tool`.
  public static func versionText(_ tool: String) -> String {
    "\(tool) (zhtext) \(version)\nICU \(UnicodeProperties.icuVersion)"
  }

  /// Runs `Command` and exits the process with its status. `optionalValues` names options
  /// whose value may be left out (`--report` alone means `--report=tsv`).
  public static func main<Command: ParsableCommand>(
    _: Command.Type, tool: String, optionalValues: [String: String] = [:]
  ) -> Never {
    Diagnostics.toolName = tool
    var arguments = Array(CommandLine.arguments.dropFirst())
    // Only options before `--`; after it everything is an operand.
    let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
    for k in arguments.startIndex..<end {
      if let value = optionalValues[arguments[k]] { arguments[k] += "=" + value }
    }
    var command: ParsableCommand
    do {
      command = try Command.parseAsRoot(arguments)
    } catch {
      exit(usageFailure(Command.self, error, tool: tool))
    }
    do {
      try command.run()
      exit(0)
    } catch let error as OutputSink.WriteError {
      Diagnostics.report("write error: \(Diagnostics.describe(errno: error.code))")
      exit(1)
    } catch let error as ExitCode {
      exit(error.rawValue)
    } catch {
      // Help and version requests, and validation errors, surface here as well.
      let code = Command.exitCode(for: error)
      if code == .success || code == .validationFailure {
        exit(usageFailure(Command.self, error, tool: tool))
      }
      Diagnostics.report("\(error)")
      exit(1)
    }
  }

  private static func usageFailure<Command: ParsableCommand>(
    _: Command.Type, _ error: Error, tool: String
  ) -> Int32 {
    let code = Command.exitCode(for: error)
    let message = Command.fullMessage(for: error)
    if code == .success {
      var text = message
      if !text.hasSuffix("\n") { text += "\n" }
      let bytes = Array(text.utf8)
      _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
      return 0
    }
    var first = message.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? message
    if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
    Diagnostics.report(first)
    Diagnostics.writeRaw(Array("Try '\(tool) --help' for more information.\n".utf8))
    return 2
  }
}
