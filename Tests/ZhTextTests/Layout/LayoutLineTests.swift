import Testing

@testable import ZhText

/// `LayoutLine` reads every feature in one pass over the line and a few looks at its ends;
/// each must be what its definition says, computed the plain way.
@Suite struct LayoutLineTests {
  static let lines = [
    "", "   ", "（一）主要做法", " （二）成效显著。民心相通", "“一带一路”提供了有力支撑。我国", "发展新机遇。随着合作深入，",
    "摘要：本文讨论", "答：是的。", "注 ： 数据来自统计局", "多。地缘政治", "治合力，推动", "（原载于《人民日报》）",
    "（未闭合的括号", "未打开的括号）", "《标题》（副题）", "他说：“好。”", "结束。  ", "。开头就是句号", "Hello. World!",
    "3.5 and more?", "图1 2024年各月增速", "新华社记者 鞠焕宗 摄", "目 录", "前言", "　　首行缩进的段落，",
    "第一句。第二句。第三句。", "问：什么？答：这个。", "a\u{00A0}b\u{3000}c。", "\u{10FF41}无效字节。",
  ]

  /// Spaces (U+0020, U+00A0, U+3000) left out.
  static func key(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] { text.filter { !$0.isSpaceLike } }

  @Test(arguments: lines)
  func featuresMatchTheirDefinitions(_ line: String) {
    let text = [Unicode.Scalar](line)
    let measured = LayoutLine(Paragraph(text: text, line: 7), pageStart: true, emphasized: true)
    let key = Self.key(text)
    #expect(measured.number == 7 && measured.pageStart && measured.isEmphasized)
    #expect(measured.keyCount == key.count)
    #expect(measured.width == key.reduce(0) { $0 + ($1.traits.contains(.wide) && $1.value >= 0x1100 ? 2 : 1) })
    let depth = key.reduce(0) { $0 + ($1.traits.contains(.opening) ? 1 : 0) - ($1.traits.contains(.closing) ? 1 : 0) }
    #expect(measured.hasBalancedBrackets == (depth == 0))
    let inside = key.dropLast().contains { $0.traits.contains(.sentenceEnd) }
    #expect(measured.hasSentenceInside == inside)
  }

  /// The opening, read only for the line being decided.
  @Test func openingsMatchTheirDefinitions() {
    for line in Self.lines {
      let key = Self.key([Unicode.Scalar](line))
      let stop = key.firstIndex { !$0.traits.isDisjoint(with: .prosePunctuation) }
      let colon = key.prefix(6).firstIndex { $0 == "：" || $0 == ":" }
      let label = colon.map { $0 > 0 && ["摘要", "注", "答", "问"].contains(String(String.UnicodeScalarView(key[..<$0]))) } ?? false
      let opening = Array(line.utf8).withUnsafeBufferPointer { LineOpening($0) }
      #expect(opening.opensWithLabel == label, "\(line)")
      #expect(opening.stopsEarly == ((stop.map { $0 < 4 } ?? false) && !label), "\(line)")
      #expect(opening.endsSentenceEarly == (stop.map { $0 <= 14 && key[$0].traits.contains(.sentenceEnd) } ?? false), "\(line)")
    }
  }

  /// A line that is not valid UTF-8 is refused whole from its bytes (the caller decodes and
  /// reports it), and the batch stays as it was.
  @Test func preparedLinesRefuseInvalidUTF8() {
    let rules = ParagraphRules(options: NormalizeOptions())
    let classes = LineClasses(rules: rules)
    var batch = PreparedLines()
    var log: [Change]? = nil
    let valid = Array("共建国家发挥各自优势。".utf8)
    let invalid: [UInt8] = Array("共建".utf8) + [0xE4, 0xB8] + Array("国家".utf8)
    #expect(valid.withUnsafeBufferPointer { batch.append(utf8: $0, number: 1, rules: rules, classes: classes, log: &log) })
    #expect(!invalid.withUnsafeBufferPointer { batch.append(utf8: $0, number: 2, rules: rules, classes: classes, log: &log) })
    var lines: [(String, Bool)] = []
    batch.forEach { text, _, layout in
      if case .measured(let line) = layout { lines.append((String(decoding: text, as: UTF8.self), line.endsSentence)) }
    }
    #expect(lines.count == 1 && lines[0].0 == "共建国家发挥各自优势。" && lines[0].1)
  }
}
