import Foundation
import Testing

@testable import ZhText

@Suite struct SentenceSplitterTests {
  let splitter: SentenceSplitter
  init() throws { splitter = try SentenceSplitter() }

  func split(_ text: String, semicolon: Bool = false) throws -> [String] {
    let scalars = Array(text.unicodeScalars)
    let s = semicolon ? try SentenceSplitter(semicolon: true) : splitter
    return s.sentences(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
  }

  /// Each fault ICU has on Chinese (the input it gets wrong), and the corrected split.
  @Test(arguments: [
    ("合作不断深化。“这是新起点，”代表表示。", ["合作不断深化。", "“这是新起点，”代表表示。"]),
    ("多家U.S.企业参会。", ["多家U.S.企业参会。"]),
    ("双方与Ltd.签署协议。", ["双方与Ltd.签署协议。"]),
    ("Dr. Smith出席会议。", ["Dr. Smith出席会议。"]),
    ("主要措施：1.简化手续；2.降低成本。", ["主要措施：1.简化手续；2.降低成本。"]),
    ("纪录片《你好！丝路》下月播出。", ["纪录片《你好！丝路》下月播出。"]),
    ("“加油！”“加油！”的呼喊声响彻赛场。", ["“加油！”“加油！”的呼喊声响彻赛场。"]),
    ("“我们会成功。”他说。", ["“我们会成功。”他说。"]),
    ("他说：“我们会成功。”大家都很高兴。", ["他说：“我们会成功。”", "大家都很高兴。"]),
    ("这个数字是3.5%。下一句。", ["这个数字是3.5%。", "下一句。"]),
    ("约20万吨……这将改善环境。", ["约20万吨……这将改善环境。"]),
    ("What is this? It is a test. Mr. Lee came.", ["What is this? ", "It is a test. ", "Mr. Lee came."]),
    // A speech tag after a closed quote, with verbs beyond 说.
    ("“一定能！”他回答。下一句。", ["“一定能！”他回答。", "下一句。"]),
    ("“真的吗？”她笑着追问。", ["“真的吗？”她笑着追问。"]),
    ("“走吧。”说完，她又去忙了。", ["“走吧。”", "说完，她又去忙了。"]),
    // A quotation that resumes after its speech tag: one sentence, ended by the second part.
    ("“我不同意！”他站起来说，“风险太大。”会场安静了。", ["“我不同意！”他站起来说，“风险太大。”", "会场安静了。"]),
    ("“好，”她说，“就这么办。”", ["“好，”她说，“就这么办。”"]),
    ("“行！”说完，“他”就走了。", ["“行！”", "说完，“他”就走了。"]),
    // Terminators inside titles, embedded quotations and brackets end no sentence.
    ("他在《我们为什么要读书？》一文中写道。", ["他在《我们为什么要读书？》一文中写道。"]),
    ("随后又说，“你看！”这句话很重要。", ["随后又说，“你看！”这句话很重要。"]),
    ("会议提出（详见附件！）多项措施。", ["会议提出（详见附件！）多项措施。"]),
    ("他问：“什么时候完成？”负责人没有回应。", ["他问：“什么时候完成？”", "负责人没有回应。"]),
    ("会议结束。（掌声！）大家离场。", ["会议结束。", "（掌声！）", "大家离场。"]),
    // List numbers with a space after the full stop.
    ("主要措施：1. 简化手续；2. 降低成本。", ["主要措施：1. 简化手续；2. 降低成本。"]),
    ("措施如下。1.简化手续。2.降低成本。", ["措施如下。", "1.简化手续。", "2.降低成本。"]),
    // Every form of ellipsis is a pause, and ends a sentence before an opening quote.
    ("他犹豫了......最后还是同意了。", ["他犹豫了......最后还是同意了。"]),
    ("真的吗。。。我不信。", ["真的吗。。。我不信。"]),
    ("他沉默了……“你们走吧。”", ["他沉默了……", "“你们走吧。”"]),
    ("他沉默了......“你们走吧。”", ["他沉默了......", "“你们走吧。”"]),
    ("苹果、香蕉……等水果。", ["苹果、香蕉……等水果。"]),
    // A full stop after an English word ends the sentence, before Han too; not in 3.5 or U.S.
    ("He said hello. 然后离开。", ["He said hello. ", "然后离开。"]),
    ("He said hello.然后离开。", ["He said hello.", "然后离开。"]),
    ("增长3.5个百分点。美国U.S.企业参会。", ["增长3.5个百分点。", "美国U.S.企业参会。"]),
  ])
  func correctsICU(_ input: String, _ expected: [String]) throws {
    #expect(try split(input) == expected)
  }

  @Test func semicolonOption() throws {
    #expect(try split("一是扩大开放；二是深化合作。") == ["一是扩大开放；二是深化合作。"])
    #expect(try split("一是扩大开放；二是深化合作。", semicolon: true) == ["一是扩大开放；", "二是深化合作。"])
  }

  @Test(arguments: ["", "没有标点的一行", "。。。", "“", "a. b. c."])
  func piecesCoverTheText(_ input: String) throws {
    #expect(try split(input).joined() == input)
  }

  /// Boundary precision, recall and F1 on the project's sentence gold (71 paragraphs, 154
  /// sentences), beside ICU's own iterator.
  @Test func goldBoundaryF1() throws {
    let path = String(#filePath).replacingOccurrences(of: "SentenceSplitterTests.swift", with: "sentence-gold.txt")
    let gold = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") && !$0.isEmpty }
    let icu = try BreakIterator(kind: .sentence)
    var ours = (tp: 0, fp: 0, fn: 0)
    var baseline = (tp: 0, fp: 0, fn: 0)
    var paragraphs = 0
    var sentences = 0
    for line in gold {
      let parts = line.components(separatedBy: " | ")
      paragraphs += 1
      sentences += parts.count
      let text = Array(parts.joined().unicodeScalars)
      var expected = Set<Int>()
      var offset = 0
      for part in parts.dropLast() {
        offset += part.unicodeScalars.count
        expected.insert(offset)
      }
      let found = Set(splitter.sentences(text).map(\.upperBound).filter { $0 < text.count })
      let icuFound = Set(icu.boundaries(of: text).map(\.offset).filter { $0 > 0 && $0 < text.count })
      ours.tp += found.intersection(expected).count
      ours.fp += found.subtracting(expected).count
      ours.fn += expected.subtracting(found).count
      baseline.tp += icuFound.intersection(expected).count
      baseline.fp += icuFound.subtracting(expected).count
      baseline.fn += expected.subtracting(icuFound).count
    }
    func f1(_ c: (tp: Int, fp: Int, fn: Int)) -> Double {
      let p = Double(c.tp) / Double(max(1, c.tp + c.fp))
      let r = Double(c.tp) / Double(max(1, c.tp + c.fn))
      return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    print("sentence gold: \(paragraphs) paragraphs, \(sentences) sentences; boundary F1 segment \(f1(ours)) (tp \(ours.tp) fp \(ours.fp) fn \(ours.fn)), ICU alone \(f1(baseline))")
    #expect(paragraphs >= 60 && sentences >= 150)
    #expect(f1(ours) >= 0.97)
    #expect(f1(ours) > f1(baseline))
  }
}

