import Foundation
import Testing

/// CLI.md, item by item, for normalize.
@Suite struct ContractTests {
  let tool = Tool(name: "normalize")

  @Test func helpAndVersion() throws {
    for flag in ["--help", "-h"] {
      let help = try tool.run([flag])
      #expect(help.status == 0 && help.text.contains("USAGE") && help.stderr.isEmpty)
    }
    let version = try tool.run(["--version"])
    #expect(version.status == 0 && version.lines.first?.hasPrefix("normalize (zhtext) ") == true)
  }

  @Test func usageErrorsExitTwo() throws {
    for arguments in [["--bogus"], ["--format", "xml"], ["--disable", "nosuchrule"]] {
      let result = try tool.run(arguments)
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.hasPrefix("normalize: "))
      #expect(result.stderr.contains("Try 'normalize --help' for more information."))
    }
  }

  @Test func operandsAndStandardInput() throws {
    let input = Data("第一段有3项内容。\n")
    let file = try tool.run(["Tests/CLITests/Fixtures/normalize/small.txt"])
    let stdin = try tool.run([], input: try Data(contentsOf: Tool.root.appendingPathComponent("Tests/CLITests/Fixtures/normalize/small.txt")))
    #expect(file.status == 0 && file.stdout == stdin.stdout)
    let three = try tool.run(["Tests/CLITests/Fixtures/normalize/small.txt", "-", "Tests/CLITests/Fixtures/normalize/small.txt"], input: input)
    #expect(three.text == file.text + "第一段有3项内容。\n" + file.text)
  }

  @Test func missingFileAndDirectory() throws {
    let result = try tool.run(["Tests/CLITests/Fixtures/normalize/small.txt", "missing", "Tests/CLITests/Fixtures/normalize/small.txt"])
    let single = try tool.run(["Tests/CLITests/Fixtures/normalize/small.txt"])
    #expect(result.status == 1)
    #expect(result.stderr == "normalize: missing: No such file or directory\n")
    #expect(result.text == single.text + single.text)
    let directory = try tool.run(["Tests"])
    #expect(directory.status == 1 && directory.stderr == "normalize: Tests: Is a directory\n")
    let odd = try tool.run(["no such file"])
    #expect(odd.stderr == "normalize: 'no such file': No such file or directory\n")
  }

  @Test func writeErrorIsReported() throws {
    let result = try Tool.shell("'\(tool.path)' seeds/000_0b211d64cdace451.txt > /dev/full")
    #expect(result.status == 1)
    #expect(result.stderr == "normalize: write error: No space left on device\n")
  }

  @Test func brokenPipeIsQuiet() throws {
    let result = try Tool.shell(
      "for i in $(seq 200); do cat seeds/*.txt; done | '\(tool.path)' | head -n 1 > /dev/null; echo ${PIPESTATUS[1]}")
    #expect(["0", "141"].contains(result.text.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(result.stderr.isEmpty)
  }

  @Test func bytesAtTheEdges() throws {
    #expect(try tool.run([]).stdout.isEmpty)
    #expect(try tool.run([], input: Data("没有换行结尾。")).text == "没有换行结尾。")
    #expect(try tool.run([], input: Data("第一段有3项内容。\r\n第二段也有5项。\r\n")).text == "第一段有3项内容。\n第二段也有5项。\n")
    #expect(try tool.run([], input: Data("\u{FEFF}开头有1个字节顺序标记。\n")).text == "开头有1个字节顺序标记。\n")
    #expect(try tool.run([], input: Data("中文\0文本。\n")).stdout == Data("中文\0文本。\n"))
  }

  @Test func invalidUTF8PassesThroughWithOneWarning() throws {
    var input = Data("合作3年不断深化，成果".utf8)
    input.append(contentsOf: [0xFF, 0xFE])
    input.append(Data("丰硕。\n第二行也坏".utf8))
    input.append(0xFF)
    input.append(Data("。\n".utf8))
    let result = try tool.run([], input: input)
    #expect(result.status == 0)
    #expect(result.stderr == "normalize: standard input:1: invalid UTF-8\n")
    #expect(result.stdout.range(of: Data([0xFF, 0xFE])) != nil)
    let json = try tool.run(["--format", "jsonl"], input: input)
    #expect(json.text.contains("\u{FFFD}\u{FFFD}"))
    let strict = try tool.run(["--strict"], input: input)
    #expect(strict.status == 1 && strict.stderr.contains("invalid UTF-8"))
  }

  @Test func nullData() throws {
    let input = Data("第一份文件有3个数字。\n".utf8) + Data([0]) + Data("第二份文件有5个。\n".utf8)
    let result = try tool.run(["-z"], input: input)
    #expect(result.stdout == input + Data([0]))
    let records = try tool.run(["-z", "--format", "jsonl"], input: input)
    #expect(records.text.contains(#""doc":"-#1""#) && records.text.contains(#""doc":"-#2""#))
  }

  @Test func localeIndependent() throws {
    let a = try tool.run(["seeds/003_c3e928ef42c4d8fc.txt"], environment: [:])
    let b = try tool.run(["seeds/003_c3e928ef42c4d8fc.txt"], environment: ["LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"])
    #expect(a.status == 0 && a.stdout == b.stdout)
  }

  /// A line that is not a record, or a record without a text string, is named on standard
  /// error with its line number and skipped, and the records around it are still read; under
  /// `--strict` it is an error that ends the input (exit 1). Nothing crashes (a deeply nested or
  /// unterminated object included).
  @Test(arguments: [
    ("not json", "not a JSON record: expected '{' at byte 1"),
    (#"{"x":1}"#, #"not a zhtext record: no "text" string"#),
    (#"{"text":5}"#, #"not a zhtext record: no "text" string"#),
    (#"{"text":"a""#, "not a JSON record: expected '}' at byte 12"),
    ("nested", #"not a zhtext record: no "text" string"#),
  ])
  func badRecordsAreReported(_ bad: String, _ reason: String) throws {
    // "nested": an object 50,000 levels deep.
    let line = bad == "nested" ? String(repeating: #"{"a":"#, count: 50_000) + "1" + String(repeating: "}", count: 50_000) : bad
    for name in ["normalize", "segment", "extract-numbers", "tag-sections"] {
      let input = Data(#"{"text":"增长一万。"}"#.utf8 + [0x0A] + Array(line.utf8) + [0x0A] + Array(#"{"text":"减少两千。"}"#.utf8) + [0x0A])
      let run = try Tool(name: name).run(["--format", "jsonl"], input: input)
      #expect(run.status == 0 && run.stderr == "\(name): standard input:2: \(reason) (line skipped)\n")
      #expect(run.text.contains("一万") && run.text.contains("两千"))
      let strict = try Tool(name: name).run(["--format", "jsonl", "--strict"], input: input)
      #expect(strict.status == 1 && strict.stderr == "\(name): standard input:2: \(reason)\n")
      #expect(strict.text.contains("一万") && !strict.text.contains("两千"))
    }
  }
}
