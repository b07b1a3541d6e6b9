import Foundation
import Testing

/// segment through the built binary.
@Suite struct SegmentTests {
  let tool = Tool(name: "segment")

  @Test func sentencesOnePerLine() throws {
    let out = try tool.run([], input: Data("合作不断深化。“这是新起点，”代表表示。\n纪录片《你好！丝路》下月播出。\n"))
    #expect(out.text == "合作不断深化。\n“这是新起点，”代表表示。\n纪录片《你好！丝路》下月播出。\n")
  }

  @Test func wordsWithDelimiterAndDictionary() throws {
    let input = Data("截至2023年，共建“一带一路”。\n")
    #expect(try tool.run(["--words"], input: input).text == "截至 2023年 ， 共建 “ 一带 一路 ” 。\n")
    #expect(try tool.run(["--words", "-d", "/"], input: input).text == "截至/2023年/，/共建/“/一带/一路/”/。\n")
    #expect(try tool.run(["--words", "-d", "\\n"], input: input).lines.count == 10)
    let dictionary = FileManager.default.temporaryDirectory.appendingPathComponent("segment-dict-\(UUID().uuidString).txt")
    try Data("共建 10 v\n一带一路\n".utf8).write(to: dictionary)
    defer { try? FileManager.default.removeItem(at: dictionary) }
    #expect(try tool.run(["--words", "--dict", dictionary.path], input: input).text == "截至 2023年 ， 共建 “ 一带一路 ” 。\n")
    let missing = try tool.run(["--words", "--dict", "no-such-dict.txt"], input: input)
    #expect(missing.status == 1 && missing.stderr == "segment: no-such-dict.txt: No such file or directory\n")
  }

  @Test func recordsAndOffsets() throws {
    let out = try tool.run(["--format", "jsonl"], input: Data("甲。乙！\n"))
    #expect(out.lines.filter { !$0.isEmpty } == [
      #"{"doc":"-","lines":[1,1],"kind":"sentence","index":0,"start":0,"end":2,"text":"甲。"}"#,
      #"{"doc":"-","lines":[1,1],"kind":"sentence","index":1,"start":2,"end":4,"text":"乙！"}"#,
    ])
    let tsv = try tool.run(["--format", "tsv", "--words"], input: Data("增长30%。\n"))
    #expect(tsv.text == "1\t0\t2\t增长\n1\t2\t5\t30%\n1\t5\t6\t。\n")
  }

  @Test func recordsInputCarriesFields() throws {
    let input = #"{"doc":"a.txt","lines":[4,6],"label":"paragraph","path":["一、总则"],"text":"甲。乙。"}"# + "\n"
    let out = try tool.run([], input: Data(input))
    #expect(out.lines.first == #"{"doc":"a.txt","lines":[4,6],"label":"paragraph","path":["一、总则"],"kind":"sentence","index":0,"start":0,"end":2,"text":"甲。"}"#)
  }

  @Test func unwrapJoinsHardWrappedLines() throws {
    let input = "共建国家发挥各自优势，不断拓展合作领\n\n域、创新合作模式，推动健康、绿色、创新\n\n丝绸之路建设取得积极进展。国际合作空间更\n\n加广阔。\n"
    #expect(try tool.run(["--unwrap"], input: Data(input)).text
      == "共建国家发挥各自优势，不断拓展合作领域、创新合作模式，推动健康、绿色、创新丝绸之路建设取得积极进展。\n国际合作空间更加广阔。\n")
    let records = try tool.run(["--unwrap", "--format", "jsonl"], input: Data(input)).lines
    #expect(records.first?.contains(#""lines":[1,7]"#) == true)
  }

  /// Pieces concatenate back to each line on every seed (sentences and words).
  @Test(arguments: Tool.seeds)
  func roundTrip(_ seed: String) throws {
    let lines = try String(contentsOf: Tool.root.appendingPathComponent(seed), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for arguments in [["--format", "jsonl"], ["--words", "--format", "jsonl"]] {
      let out = try tool.run(arguments + [seed])
      var rebuilt: [Int: String] = [:]
      var ends: [Int: Int] = [:]
      for line in out.lines where !line.isEmpty {
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let number = (record["lines"] as? [Int] ?? [0])[0]
        let start = record["start"] as? Int ?? -1
        let text = record["text"] as? String ?? ""
        let original = Array(lines[number - 1].unicodeScalars)
        // Gaps between pieces are whitespace (dropped words); pieces are the exact slices.
        let gap = original[(ends[number] ?? 0)..<start]
        #expect(gap.allSatisfy { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
        rebuilt[number, default: ""] += String(String.UnicodeScalarView(gap)) + text
        ends[number] = start + text.unicodeScalars.count
      }
      for (number, text) in rebuilt {
        let original = lines[number - 1]
        #expect(original.hasPrefix(text) && original.dropFirst(text.count).allSatisfy { $0 == " " || $0 == "\u{3000}" })
      }
    }
  }
}
