import Foundation
import Testing

@testable import ZhTextCLI

/// `--progress`: its line, and its silence when standard error is not a terminal.
@Suite struct ProgressTests {
  @Test func lineWithAndWithoutTheTotal() {
    #expect(ProgressMeter.line(tool: "segment", done: 12_000_000, total: 48_000_000, seconds: 2)
      == "segment: 12.0 MB of 48.0 MB (25%), 6.0 MB/s, 0:06 left")
    #expect(ProgressMeter.line(tool: "normalize", done: 1_250_000, total: nil, seconds: 0.5)
      == "normalize: 1.3 MB, 2.5 MB/s")
    #expect(ProgressMeter.line(tool: "x", done: 1_000_000, total: 7_201_000_000, seconds: 1)
      == "x: 1.0 MB of 7201.0 MB (0%), 1.0 MB/s, 2:00:00 left")
  }

  @Test(arguments: ["normalize", "segment", "extract-numbers", "tag-sections"])
  func silentWhenStandardErrorIsNotATerminal(_ name: String) throws {
    let input = Data(String(repeating: "全市共有两千多名学生参加了比赛。\n", count: 2000).utf8)
    let plain = try Tool(name: name).run([], input: input)
    let metered = try Tool(name: name).run(["--progress"], input: input)
    #expect(metered.status == 0 && metered.stderr.isEmpty && metered.stdout == plain.stdout)
  }
}
