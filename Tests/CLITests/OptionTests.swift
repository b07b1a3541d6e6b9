import Foundation
import Testing

/// Each normalize option through the built binary, with outputs checked against the input.
@Suite struct OptionTests {
  let tool = Tool(name: "normalize")

  func normalize(_ arguments: [String], _ input: String) throws -> Tool.Result {
    try tool.run(arguments, input: Data(input))
  }

  @Test func recordsInputCarriesEveryField() throws {
    let input = #"{"doc":"a.txt","lines":[3,4],"path":["一、总则"],"text":"截至 2023 年,共 ７１ 家。","x":1}"# + "\n"
    let out = try normalize([], input)
    #expect(out.text == #"{"doc":"a.txt","lines":[3,4],"path":["一、总则"],"text":"截至2023年，共71家。","x":1}"# + "\n")
    #expect(try normalize(["--format", "text"], input).text == "截至2023年，共71家。\n")
    #expect(try normalize(["--input", "text"], input).text.hasPrefix("{"))
  }

  @Test func jsonlGivesOriginalLineSpans() throws {
    let input = "第一段第一行没有结束，\n继续第一段。\n\n第二段。\n"
    let out = try normalize(["--format", "jsonl"], input)
    #expect(out.lines.filter { !$0.isEmpty } == [
      #"{"doc":"-","lines":[1,2],"text":"第一段第一行没有结束，继续第一段。"}"#,
      #"{"doc":"-","lines":[4,4],"text":"第二段。"}"#,
    ])
  }

  @Test func reportListsChangesAndTotals() throws {
    let out = try normalize(["--report"], "截至 2023 年,在\n")
    #expect(out.text == "截至2023年，在\n")
    let lines = out.stderr.split(separator: "\n").map(String.init)
    // Rules run in their fixed order (punct before space); excerpts give 6 characters of
    // context on each side of the change.
    #expect(lines.contains("-\t1\tpunct\t2023 年,在\t2023 年，在"))
    #expect(lines.contains("-\t1\tspace\t截至 2023 年\t截至2023 年"))
    #expect(lines.contains("-\t1\tspace\t至 2023 年，在\t至 2023年，在"))
    #expect(lines.contains("# space\t2") && lines.contains("# total\t3"))
    let json = try normalize(["--report=json"], "截至 2023 年\n")
    #expect(json.stderr.contains(#""rule":"space""#) && json.stderr.contains(#"{"totals":{"space":2}}"#))
    let summary = try normalize(["--report=summary"], "截至 2023 年\n")
    #expect(summary.stderr == "space\t2\ntotal\t2\n")
  }

  @Test func diffMarksChangesWithoutColourInAPipe() throws {
    let out = try normalize(["--diff"], "第７１届\n")
    #expect(out.text == "-:1: width: 第[-７１-]{+71+}届\n")
    let coloured = try normalize(["--diff", "--color=always"], "第７１届\n")
    #expect(coloured.text.contains("\u{1B}[32m71\u{1B}[0m"))
    let noColor = try tool.run(["--diff", "--color=auto"], input: Data("第７１届\n"), environment: ["NO_COLOR": "1"])
    #expect(!noColor.text.contains("\u{1B}"))
  }

  @Test func flagReportsWithoutChanging() throws {
    let input = "带来实实在在的的利益。\n"
    let out = try normalize(["--flag"], input)
    #expect(out.text == input)
    #expect(out.stderr.hasPrefix("-\t1\tflag\tdoubled-char\t"))
  }

  @Test func layoutOptions() throws {
    let input = "这一行有逗号，但没有结束\n后面继续。\n目录\n一、甲\n二、乙\n三、丙\n正文。(下转第四版)\n"
    #expect(try normalize([], input).text == "这一行有逗号，但没有结束后面继续。\n正文。\n")
    #expect(try normalize(["--no-reflow"], input).text == "这一行有逗号，但没有结束\n后面继续。\n目录\n一、甲\n二、乙\n三、丙\n正文。\n")
    #expect(try normalize(["--keep-furniture"], input).text.contains("目录\n一、甲\n二、乙\n三、丙\n正文。"))
    #expect(try normalize(["--keep-furniture"], input).text.contains("（下转第四版）"))
    #expect(try normalize(["--blank-line"], "第一段。\n\n\n第二段。\n").text == "第一段。\n\n第二段。\n")
    #expect(try normalize(["--disable", "toc,continuation"], input).text.contains("目录"))
  }

  @Test func characterOptions() throws {
    #expect(try normalize(["--cjk-dash"], "中国-蒙古\n").text == "中国—蒙古\n")
    #expect(try normalize([], "中国-蒙古\n").text == "中国-蒙古\n")
    #expect(try normalize(["--tilde"], "增加0.7%~2.9%。\n").text == "增加0.7%～2.9%。\n")
    #expect(try normalize(["--spacing=pangu"], "截至2023年有ABC公司。\n").text == "截至 2023 年有 ABC 公司。\n")
    #expect(try normalize(["--t2s", "off"], "中國\n").text == "中國\n")
    #expect(try normalize([], "中國\n").text == "中国\n")
    #expect(try normalize(["--nfkc"], "①号\n").text == "1号\n")
    #expect(try normalize([], "①号\n").text == "①号\n")
    // NFKC folds full-width punctuation; rule punct restores it in Chinese context only,
    // on every path (the features the rules are chosen by are those of the folded text).
    for options in [[], ["--threads", "1"], ["--no-reflow"], ["--no-reflow", "--threads", "1"]] {
      #expect(try normalize(["--nfkc"] + options, "中文，中文；Ｈｅｌｌｏ，ｗｏｒｌｄ！\n").text == "中文，中文；Hello,world!\n")
    }
  }

  @Test func dehyphenate() throws {
    let input = "The extraction of text from docu-\nments is hard, and it ends here.\n"
    #expect(try normalize([], input).text == "The extraction of text from docu-ments is hard, and it ends here.\n")
    #expect(try normalize(["--dehyphenate"], input).text == "The extraction of text from documents is hard, and it ends here.\n")
  }

  @Test func lineBufferedGivesTheSameBytes() throws {
    let input = try Data(contentsOf: Tool.root.appendingPathComponent("seeds/002_aaa949114e9714a4.txt"))
    #expect(try tool.run(["--line-buffered"], input: input).stdout == tool.run([], input: input).stdout)
  }
}
