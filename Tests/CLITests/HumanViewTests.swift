import Foundation
import Testing

/// The README's "Human views" are real: every `console` block's command, run in the views
/// fixture directory, prints exactly the lines shown under it.
@Suite struct HumanViewTests {
  struct Example {
    var command: String
    var expected: String
  }

  static func examples() throws -> [Example] {
    let readme = try String(contentsOf: Tool.root.appendingPathComponent("README.md"), encoding: .utf8)
    var examples: [Example] = []
    for block in readme.components(separatedBy: "```console\n").dropFirst() {
      guard let body = block.components(separatedBy: "```\n").first,
            body.hasPrefix("$ "), let newline = body.firstIndex(of: "\n") else { continue }
      examples.append(Example(command: String(body[body.index(body.startIndex, offsetBy: 2)..<newline]),
                              expected: String(body[body.index(after: newline)...])))
    }
    return examples
  }

  @Test func everyViewPrintsWhatTheReadmeShows() throws {
    let examples = try Self.examples()
    #expect(examples.count == 4)
    let bin = URL(fileURLWithPath: Tool(name: "normalize").path).deletingLastPathComponent().path
    for example in examples {
      let run = try Tool.shell("cd Tests/CLITests/Fixtures/views && PATH='\(bin)':\"$PATH\" \(example.command)")
      #expect(run.status == 0, "\(example.command)")
      #expect(run.text == example.expected, "\(example.command)")
    }
  }
}
