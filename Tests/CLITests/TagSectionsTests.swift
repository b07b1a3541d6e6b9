import Foundation
import Testing

/// tag-sections through the built binary.
@Suite struct TagSectionsTests {
  let tool = Tool(name: "tag-sections")

  /// The gold labelling of each seed (Fixtures/tag-sections/*.gold.tsv: first line, last
  /// line, label, level), made by reading the seed. Measured per line: the label of the block
  /// each non-blank line belongs to; headings (title, heading, run-in heading) by first line
  /// and level.
  @Test func seedGold() throws {
    var lines = 0
    var agree = 0
    var headings = (tp: 0, fp: 0, fn: 0)
    for seed in Tool.seeds {
      let name = URL(fileURLWithPath: seed).deletingPathExtension().lastPathComponent
      let gold = try String(contentsOf: Tool.root.appendingPathComponent("Tests/CLITests/Fixtures/tag-sections/\(name).gold.tsv"), encoding: .utf8)
      let found = try tool.run(["--format", "tsv", seed]).text
      let text = try String(contentsOf: Tool.root.appendingPathComponent(seed), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false)
      func labels(_ tsv: String) -> (perLine: [Int: String], headings: Set<String>) {
        var perLine: [Int: String] = [:]
        var span: [Int: Int] = [:]
        var headings = Set<String>()
        for row in tsv.split(separator: "\n") {
          let f = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
          guard f.count >= 4, let first = Int(f[0]), let last = Int(f[1]) else { continue }
          // A line takes the label of the narrowest block around it (a TOC inside a paragraph).
          for n in first...last where span[n].map({ last - first < $0 }) ?? true {
            perLine[n] = f[2]
            span[n] = last - first
          }
          if ["title", "heading", "runin_heading"].contains(f[2]) { headings.insert("\(first):\(f[2] == "title" ? "t" : f[3])") }
        }
        return (perLine, headings)
      }
      let g = labels(gold)
      let t = labels(found)
      for (n, label) in g.perLine where n <= text.count && !text[n - 1].allSatisfy({ $0 == " " }) {
        lines += 1
        if t.perLine[n] == label { agree += 1 }
      }
      headings.tp += g.headings.intersection(t.headings).count
      headings.fp += t.headings.subtracting(g.headings).count
      headings.fn += g.headings.subtracting(t.headings).count
    }
    let accuracy = Double(agree) / Double(max(1, lines))
    let precision = Double(headings.tp) / Double(max(1, headings.tp + headings.fp))
    let recall = Double(headings.tp) / Double(max(1, headings.tp + headings.fn))
    let f1 = 2 * precision * recall / max(0.0001, precision + recall)
    print("tag-sections on the seed gold: line-label accuracy \(accuracy) (\(agree)/\(lines)), heading F1 with level \(f1) (tp \(headings.tp) fp \(headings.fp) fn \(headings.fn))")
    #expect(accuracy >= 0.9)
    #expect(f1 >= 0.9)
  }

  @Test func formats() throws {
    let input = Data("共建“一带一路”：构建人类命运共同体的重大实践\n\n一、源自中国属于世界\n\n卫生健康合作成效显著。共建国家积极推进合作。\n\n目录\n前言\n一、甲\n二、乙\n")
    let jsonl = try tool.run([], input: input).lines.filter { !$0.isEmpty }
    #expect(jsonl[1] == #"{"doc":"-","lines":[3,3],"label":"heading","level":1,"marker":"一、","heading":"一、源自中国属于世界","path":["一、源自中国属于世界"],"layer":"body","text":"一、源自中国属于世界"}"#)
    #expect(jsonl[2].contains(#""lead":"卫生健康合作成效显著。""#))
    #expect(jsonl.filter { $0.contains(#""layer":"furniture""#) }.count == 4)
    let md = try tool.run(["--format", "md"], input: input).text
    #expect(md.hasPrefix("# 共建“一带一路”：构建人类命运共同体的重大实践\n\n## 一、源自中国属于世界\n\n**卫生健康合作成效显著。**共建国家积极推进合作。\n\n<!-- toc: 目录 -->"))
    #expect(try !tool.run(["--format", "md", "--furniture", "drop"], input: input).text.contains("目录"))
    // A run-in heading that is all the block has no empty body after it.
    let runin = try tool.run(["--format", "md"], input: Data("一、甲\n\n（一）乙很好。\n\n二、丁\n".utf8)).text
    #expect(runin == "## 一、甲\n\n### （一）乙很好。\n\n## 二、丁\n\n")
    #expect(try tool.run(["--format", "outline"], input: input).text == "    1  共建“一带一路”：构建人类命运共同体的重大实践\n    3    一、源自中国属于世界\n")
    #expect(try tool.run(["--format", "tsv", "--furniture", "drop"], input: input).lines.filter { !$0.isEmpty }.count == 3)
  }

  /// pdftotext's page ends: the folio before each form feed (the last on a line of its own)
  /// is a page footer, the text around it one paragraph.
  @Test func foliosAtFormFeedsArePageFooters() throws {
    let input = Data("进展报告\n\n共建国家发挥各自优势，不断拓展合作领\n域、创新合作模式。\n\n12\n\u{0C}共建国家积极推进“健康丝绸之路”建设，推\n动构建人类卫生共同体。\n\n13\n\u{0C}".utf8)
    let rows = try tool.run(["--format", "tsv"], input: input).lines.filter { !$0.isEmpty }.map { $0.split(separator: "\t").map(String.init) }
    #expect(rows.map { [$0[0], $0[2]] } == [["1", "title"], ["3", "paragraph"], ["6", "page_footer"], ["7", "paragraph"], ["10", "page_footer"]])
    let normalized = try Tool(name: "normalize").run([], input: input).text
    #expect(normalized == "进展报告\n共建国家发挥各自优势，不断拓展合作领域、创新合作模式。\n共建国家积极推进“健康丝绸之路”建设，推动构建人类卫生共同体。")
  }

  @Test func recordsFromNormalizeKeepTheirLines() throws {
    let normalize = Tool(name: "normalize").path
    let out = try Tool.shell("'\(normalize)' --format jsonl seeds/001_b0bd81ca55334064.txt | '\(tool.path)' | head -n 4")
    #expect(out.lines[0].hasPrefix(#"{"doc":"seeds/001_b0bd81ca55334064.txt","lines":[3,3],"label":"title""#))
    #expect(out.lines[1].contains(#""label":"dateline""#) && out.lines[2].contains(#""label":"byline""#))
    #expect(out.lines[3].contains(#""label":"heading","level":1,"marker":null,"heading":"前言""#))
  }
}
