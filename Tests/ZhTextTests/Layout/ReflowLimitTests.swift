import Testing

@testable import ZhText

/// Reflow holds an open paragraph in memory, so it stops growing one at a limit: text that
/// never ends a paragraph still streams, and nothing of it is lost.
@Suite struct ReflowLimitTests {
  /// `count` distinct full lines of Han without punctuation after the first's opening
  /// clause, as OCR of unpunctuated classical text gives: every line joins the one before.
  static func unpunctuatedLines(_ count: Int) -> [String] {
    var state: UInt64 = 42
    return (0..<count).map { index in
      (index == 0 ? "首先，" : "") +
      String(String.UnicodeScalarView((0..<30).map { _ in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Unicode.Scalar(0x4E00 + UInt32(state >> 33) % 3000)!
      }))
    }
  }

  @Test func longParagraphIsEmittedBeforeTheEndAndKeepsEveryCharacter() {
    let lines = Self.unpunctuatedLines(3000)
    var reader = BlockReader(options: NormalizeOptions())
    var log: [Change]? = nil
    var early: [Block] = []
    for (index, line) in lines.enumerated() {
      reader.add(written: [Unicode.Scalar](line), number: index + 1, log: &log, into: &early)
    }
    var rest: [Block] = []
    reader.finish(log: &log, into: &rest)
    #expect(!early.isEmpty, "the whole text was held until the end")
    let all = early + rest
    #expect(all.allSatisfy { $0.paragraph.text.count < Reflow.paragraphLimit + 30 })
    #expect(all.count == 2, "joining goes on after the forced break")
    #expect(all.map { $0.paragraph.text.string }.joined() == lines.joined())
  }

  @Test func furnitureWaitingForAnOpenParagraphIsBounded() {
    var reader = BlockReader(options: NormalizeOptions())
    var log: [Change]? = nil
    var early: [Block] = []
    reader.add(written: [Unicode.Scalar]("全市经济运行稳中有进主要指标好于预期"), number: 1, log: &log, into: &early)
    for number in 2...2001 {
      reader.add(written: [Unicode.Scalar]("- \(number) -"), number: number, log: &log, into: &early)
    }
    #expect(early.count >= Reflow.pendingLimit)
    var all = early
    reader.finish(log: &log, into: &all)
    #expect(all.count == 2001)
    #expect(all.first?.paragraph.text.string == "全市经济运行稳中有进主要指标好于预期")
    #expect(all.dropFirst().allSatisfy { $0.kind == .pageNumber })
  }
}
