import Foundation
import Testing

/// `--threads`: lines rendered by several workers come out exactly as one thread writes
/// them, in input order, with the same diagnostics.
@Suite struct ThreadingTests {
  /// 3,000 distinct lines (enough for several 256-line parts per block read), with an
  /// invalid byte on line 1500.
  static let input: Data = {
    var data = Data()
    for k in 1...3000 {
      if k == 1500 { data.append(contentsOf: [0xFF]) }
      data.append(contentsOf: Array("第\(k)段共有\(k)个国家。其\(k)%来自亚洲！\n".utf8))
    }
    return data
  }()

  @Test func segmentSentencesInOrder() throws {
    let tool = Tool(name: "segment")
    for threads in ["1", "2", "5"] {
      let out = try tool.run(["--threads", threads], input: Self.input)
      var expected = Data()
      for k in 1...3000 {
        if k == 1500 { expected.append(contentsOf: [0xFF]) }
        expected.append(contentsOf: Array("第\(k)段共有\(k)个国家。\n其\(k)%来自亚洲！\n".utf8))
      }
      #expect(out.stdout == expected, "--threads \(threads)")
      #expect(out.stderr == "segment: standard input:1500: invalid UTF-8\n")
      #expect(out.status == 0)
    }
  }

  @Test func segmentWordsAndRecordsAgreeAcrossThreadCounts() throws {
    let tool = Tool(name: "segment")
    for arguments in [["--words"], ["--format", "jsonl"], ["--words", "--format", "tsv"]] {
      let one = try tool.run(arguments + ["--threads", "1"], input: Self.input)
      let four = try tool.run(arguments + ["--threads", "4"], input: Self.input)
      #expect(one.stdout == four.stdout && !one.stdout.isEmpty, "\(arguments)")
      #expect(one.stderr == four.stderr)
    }
  }

  @Test func extractNumbersInOrder() throws {
    let tool = Tool(name: "extract-numbers")
    let out = try tool.run(["--format", "tsv", "--threads", "3"], input: Self.input)
    // Each line holds 第k段 (ordinal), k个 (number) and k% (percent), in that order.
    var expected = ""
    for k in 1...3000 {
      let shift = k == 1500 ? 1 : 0  // the invalid byte's stand-in counts as one character
      let digits = String(k).count
      let second = 1 + digits + 3 + shift
      let third = second + digits + 5
      expected += "\(k)\t\(shift)\t\(shift + digits + 1)\t第\(k)\t\(k)\tordinal\t段\t\n"
      expected += "\(k)\t\(second)\t\(second + digits)\t\(k)\t\(k)\tnumber\t个\t\n"
      expected += "\(k)\t\(third)\t\(third + digits + 1)\t\(k)%\t\(k)%\tpercent\t\t\n"
    }
    #expect(out.text == expected)
    #expect(out.stderr == "extract-numbers: standard input:1500: invalid UTF-8\n")
    let one = try tool.run(["--threads", "1"], input: Self.input)
    let many = try tool.run([], input: Self.input)
    #expect(one.stdout == many.stdout)
  }

  @Test func threadCountMustBePositive() throws {
    for name in ["segment", "extract-numbers"] {
      let out = try Tool(name: name).run(["--threads", "0"], input: Data("一\n".utf8))
      #expect(out.status == 2 && out.stderr.contains("--threads"), "\(name)")
    }
  }

  /// The seeds eight times over (several 256 KiB chunks), and as NUL-separated documents.
  static let seedsRepeated: Data = {
    var data = Data()
    for _ in 1...8 {
      for seed in Tool.seeds { data.append(try! Data(contentsOf: Tool.root.appendingPathComponent(seed))) }
    }
    return data
  }()

  static let seedDocuments: Data = {
    var data = Data()
    for seed in Tool.seeds {
      data.append(try! Data(contentsOf: Tool.root.appendingPathComponent(seed)))
      data.append(0)
    }
    return data
  }()

  /// Two threads (layout, repair and output on the second) and three (repair and output on
  /// a third, under reflow) write what one writes.
  @Test func normalizeOutputStageWritesWhatOneThreadWrites() throws {
    let tool = Tool(name: "normalize")
    for arguments in [[], ["--no-reflow"], ["--format", "jsonl"], ["--blank-line"], ["-z"]] {
      let input = arguments == ["-z"] ? Self.seedDocuments : Self.seedsRepeated
      let one = try tool.run(arguments + ["--threads", "1"], input: input)
      #expect(one.status == 0 && one.stdout.count > 100_000 / (arguments == ["-z"] ? 4 : 1), "\(arguments)")
      for threads in ["2", "3"] {
        let more = try tool.run(arguments + ["--threads", threads], input: input)
        #expect(more.stdout == one.stdout && more.status == 0, "\(arguments) --threads \(threads)")
      }
    }
  }

  /// Under `--no-reflow` most lines are copied from their bytes, in runs of whole lines;
  /// with `--report` every line is decoded and run through the rules. The text written
  /// must be the same, on one thread and two, with CRLF, CR, invalid bytes, a BOM, NUL, a
  /// form feed and an unterminated last line among the lines.
  @Test func normalizeVerbatimLinesMatchDecodedLines() throws {
    let tool = Tool(name: "normalize")
    var input = Data([0xEF, 0xBB, 0xBF]) + Self.seedsRepeated
    // Runs of lines copied whole, with CRLF and lone CR line ends falling on read boundaries.
    let seedText = String(decoding: Self.seedsRepeated.prefix(600_000), as: UTF8.self)
    input += Data(seedText.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    input += Data(seedText.replacingOccurrences(of: "\n", with: "\r").utf8) + Data("\n".utf8)
    input += Data("共建国家\r\n发挥优势\r合作\u{0C}领域\n".utf8) + Data([0xE4, 0xB8, 0x0A, 0xED, 0xA0, 0x80, 0x0A, 0x00, 0x0A])
    input += Data("北京北京：：会议会议\n没有换行".utf8)
    for arguments in [["--no-reflow"], ["--no-reflow", "--blank-line"], ["--no-reflow", "--t2s", "off"]] {
      let decoded = try tool.run(arguments + ["--report=tsv", "--threads", "1"], input: input)
      for threads in ["1", "2"] {
        let out = try tool.run(arguments + ["--threads", threads], input: input)
        #expect(out.stdout == decoded.stdout && out.stdout.count > 100_000, "\(arguments) --threads \(threads)")
        // The same one warning, which the decoded run gives among its report lines.
        #expect(out.stderr.hasPrefix("normalize: standard input:") && out.stderr.hasSuffix(": invalid UTF-8\n"))
        #expect(out.stderr.split(separator: "\n").count == 1 && decoded.stderr.contains(out.stderr))
      }
    }
    for threads in ["1", "2"] {
      let documents = try tool.run(["--no-reflow", "-z", "--threads", threads], input: Self.seedDocuments)
      let decoded = try tool.run(["--no-reflow", "-z", "--report=tsv", "--threads", threads], input: Self.seedDocuments)
      #expect(documents.stdout == decoded.stdout && documents.stdout.count > 20_000, "-z --threads \(threads)")
    }
  }

  /// Under reflow, lines are taken from the read buffer in runs: LF, CRLF and CR ends (a CR
  /// closing a read, its LF in the next) give what LF ends give, and a line that is not UTF-8
  /// stops a run, goes the decoded way and is reported once, its bytes kept.
  @Test func normalizeTakesRunsOfLinesWithAnyLineEnd() throws {
    let tool = Tool(name: "normalize")
    let lines = (1...6_000).map { "第\($0)段共建国家发挥各自优势不断拓展合作领域创新合作模式推动" }
    let ends = ["\n", "\r\n", "\r", "\n\n"]
    var lf = Data()
    var mixed = Data()
    for (k, line) in lines.enumerated() {
      let bytes = Data(line.utf8) + (k == 3_000 ? Data([0xE4, 0xB8]) : Data())
      lf += bytes + Data((k % 4 == 3 ? "\n\n" : "\n").utf8)
      mixed += bytes + Data(ends[k % 4].utf8)
    }
    for threads in ["1", "2"] {
      let expected = try tool.run(["--threads", threads], input: lf)
      let out = try tool.run(["--threads", threads], input: mixed)
      #expect(out.stdout == expected.stdout && out.stdout.count > 300_000, "--threads \(threads)")
      // Line 3,001 of the text is line 3,751 of the input: 750 blank lines come before it.
      #expect(out.status == 0 && out.stderr == "normalize: standard input:3751: invalid UTF-8\n", "\(out.stderr)")
      #expect(expected.stderr == out.stderr)
      #expect(out.stdout.range(of: Data("推动".utf8) + Data([0xE4, 0xB8])) != nil)
    }
  }

  /// Under `--no-reflow`, the paragraph rules run on the output stage, or on the reading
  /// thread while the stage has a backlog. On 4.6 MB of lines that rules `space` and `punct`
  /// both change, the stage does most of the work and falls behind, so both happen; either
  /// way each line comes out as the rules make it.
  @Test func normalizeNoReflowRulesRunOnEitherThread() throws {
    let tool = Tool(name: "normalize")
    var input = Data()
    var expected = Data()
    for k in 1...60_000 {
      input += Data("第\(k)号：共建国家发挥各自优势, 不断拓展合作领域 、创新合作模式。\n".utf8)
      expected += Data("第\(k)号：共建国家发挥各自优势，不断拓展合作领域、创新合作模式。\n".utf8)
    }
    for threads in ["1", "2"] {
      let out = try tool.run(["--no-reflow", "--threads", threads], input: input)
      #expect(out.stdout == expected, "--threads \(threads)")
      #expect(out.status == 0 && out.stderr.isEmpty)
    }
  }

  /// normalize reads 64 KiB at a time when it has an output stage: lines each longer than
  /// several reads are repaired whole, and kept apart (each ends a sentence, and none is a
  /// wrapped line of a page's width), exactly as on one thread.
  @Test func normalizeLinesLongerThanARead() throws {
    let tool = Tool(name: "normalize")
    let count = 3_000  // 81,000 characters, 243 KB a line
    let long = String(repeating: "共建国家发挥各自优势, 不断拓展合作领域 、创新合作模式。", count: count)
    let repaired = String(repeating: "共建国家发挥各自优势，不断拓展合作领域、创新合作模式。", count: count)
    var input = ""
    var expected = ""
    for k in 1...3 {
      input += "第\(k)段\n" + long + "\n" + long + "\n\n"
      expected += "第\(k)段\n" + repaired + "\n" + repaired + "\n"
    }
    for threads in ["1", "2"] {
      let out = try tool.run(["--threads", threads], input: Data(input.utf8))
      #expect(out.text == expected, "--threads \(threads)")
      #expect(out.status == 0 && out.stderr.isEmpty)
    }
  }

  @Test func tagSectionsOutputStageWritesWhatOneThreadWrites() throws {
    let tool = Tool(name: "tag-sections")
    for arguments in [[], ["--format", "tsv"], ["--format", "md"], ["--format", "outline"], ["-z"]] {
      let input = arguments == ["-z"] ? Self.seedDocuments : Self.seedsRepeated
      let one = try tool.run(arguments + ["--threads", "1"], input: input)
      let two = try tool.run(arguments + ["--threads", "2"], input: input)
      #expect(one.stdout == two.stdout && !one.stdout.isEmpty, "\(arguments)")
      #expect(one.status == 0 && two.status == 0)
    }
  }

  @Test func writeErrorsOnTheOutputStageAreReported() throws {
    for name in ["normalize", "tag-sections"] {
      let path = Tool(name: name).path
      for threads in ["2", "3"] {
        let result = try Tool.shell("cat seeds/*.txt seeds/*.txt seeds/*.txt | '\(path)' --threads \(threads) > /dev/full")
        #expect(result.status == 1, "\(name) --threads \(threads)")
        #expect(result.stderr == "\(name): write error: No space left on device\n")
      }
    }
  }
}
