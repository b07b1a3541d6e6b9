import Foundation
import Testing

/// extract-numbers through the built binary.
@Suite struct ExtractNumbersTests {
  let tool = Tool(name: "extract-numbers")

  /// The first 40 lines of each seed: every number a reader finds there, and no other,
  /// checked by reading the seed (Fixtures/extract-numbers/*.head40.tsv).
  @Test(arguments: Tool.seeds)
  func firstFortyLinesOfEachSeed(_ seed: String) throws {
    let name = URL(fileURLWithPath: seed).deletingPathExtension().lastPathComponent
    let head = try String(contentsOf: Tool.root.appendingPathComponent(seed), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).prefix(40).joined(separator: "\n") + "\n"
    let expected = try String(
      contentsOf: Tool.root.appendingPathComponent("Tests/CLITests/Fixtures/extract-numbers/\(name).head40.tsv"),
      encoding: .utf8)
    #expect(try tool.run(["--format", "tsv"], input: Data(head)).text == expected)
  }

  /// Every record's text is the slice [start, end) of its line, on every seed.
  @Test(arguments: Tool.seeds)
  func offsetsSliceTheText(_ seed: String) throws {
    let lines = try String(contentsOf: Tool.root.appendingPathComponent(seed), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    let result = try tool.run([seed])
    #expect(result.status == 0)
    var count = 0
    for line in result.lines where !line.isEmpty {
      let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let span = record["lines"] as? [Int] ?? []
      let start = record["start"] as? Int ?? -1
      let end = record["end"] as? Int ?? -1
      let text = lines[span[0] - 1]
      #expect(start >= 0 && end <= text.count && start < end)
      #expect(String(String.UnicodeScalarView(text[start..<end])) == record["text"] as? String)
      if let value = record["value"] as? String {
        #expect(value.range(of: #"^\[?-?[0-9]+(\.[0-9]+)?%?(/[0-9]+)?(,-?[0-9]+(\.[0-9]+)?%?\])?$"#, options: .regularExpression) != nil, "\(value)")
      }
      count += 1
    }
    #expect(count > 0)
  }

  @Test func offsetsOnRandomText() throws {
    let alphabet = Array("一二三四五六七八九十百千万亿两零〇点第分之成多余几数近约%％.,，0123456789０５ 年月日个元人-~至到（）()“”负下GPa".unicodeScalars)
    var generator = SystemRandomNumberGenerator()
    var input = ""
    for _ in 0..<300 {
      input += String(String.UnicodeScalarView((0..<40).map { _ in alphabet.randomElement(using: &generator)! }))
      input += "\n"
    }
    let lines = input.split(separator: "\n").map { Array($0.unicodeScalars) }
    let result = try tool.run([], input: Data(input))
    #expect(result.status == 0)
    for line in result.lines where !line.isEmpty {
      let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let number = (record["lines"] as? [Int] ?? [1])[0]
      let start = record["start"] as? Int ?? 0
      let end = record["end"] as? Int ?? 0
      #expect(String(String.UnicodeScalarView(lines[number - 1][start..<end])) == record["text"] as? String)
    }
  }

  @Test func recordFields() throws {
    let out = try tool.run([], input: Data("累计培训 1.6 万余人次，与 0.7%~2.9%。\n"))
    #expect(out.lines.filter { !$0.isEmpty } == [
      #"{"doc":"-","lines":[1,1],"start":5,"end":11,"text":"1.6 万余","value":"16000","type":"number","approx":true,"qualifier":"over","unit":"人次"}"#,
      #"{"doc":"-","lines":[1,1],"start":16,"end":25,"text":"0.7%~2.9%","value":"[0.7%,2.9%]","type":"range","min":"0.7%","max":"2.9%"}"#,
    ])
  }

  @Test func recordsInputCarriesEveryField() throws {
    let input = #"{"doc":"a.txt","lines":[7,9],"label":"paragraph","path":["四、为世界和平"],"text":"向 58 个国家","start":99}"# + "\n"
    let out = try tool.run([], input: Data(input))
    #expect(out.text == #"{"doc":"a.txt","lines":[7,9],"label":"paragraph","path":["四、为世界和平"],"start":2,"end":4,"text":"58","value":"58","type":"number","unit":"个"}"# + "\n")
  }

  @Test func pipelineFromNormalize() throws {
    let normalize = Tool(name: "normalize").path
    let result = try Tool.shell("'\(normalize)' --format jsonl seeds/000_0b211d64cdace451.txt | '\(tool.path)' | head -n 3")
    #expect(result.lines.first?.contains(#""doc":"seeds/000_0b211d64cdace451.txt","lines":[10,62]"#) == true)
    // Provenance: the paragraph normalize joined from input lines 10 to 62.
    #expect(result.text.contains(#""text":"160多","value":"160","type":"number","approx":true"#))
  }

  @Test func formatsAndFilters() throws {
    let input = Data("一是扩大开放；二是深化合作。截至2023年，共有三分之一，增长5%。\n")
    #expect(try tool.run(["--format", "tsv", "-H"], input: input).lines.first == "-\t1\t16\t20\t2023\t2023\tdate\t年\t")
    #expect(try tool.run(["--types", "percent,fraction", "--format", "tsv"], input: input).lines.filter { !$0.isEmpty }.count == 2)
    let markers = try tool.run(["--with-markers", "--format", "tsv"], input: input).lines
    #expect(markers.first == "1\t0\t2\t一是\t1\tmarker\t\t")
    #expect(try tool.run(["--format", "highlight"], input: input).text
      == "一是扩大开放；二是深化合作。截至[2023⟨2023⟩]年，共有[三分之一⟨1/3⟩]，增长[5%⟨5%⟩]。\n")
    let context = try tool.run(["--context", "2", "--types", "percent"], input: input).text
    #expect(context.contains(#""context":"增长5%。""#))
    #expect(try tool.run(["--types", "bogus"], input: input).status == 2)
  }
}
