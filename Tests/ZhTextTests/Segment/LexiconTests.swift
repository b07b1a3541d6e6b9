import Testing

@testable import ZhText

@Suite struct LexiconTests {
  let lexicon = Lexicon.shared

  func scalars(_ text: String) -> ArraySlice<Unicode.Scalar> { ArraySlice(text.unicodeScalars) }

  @Test func findsEveryWordAtTheStartShortestFirst() {
    var lengths: [Int] = []
    lexicon.prefixes(of: scalars("中华人民共和国成立")) { length, frequency in
      #expect(frequency > 0)
      lengths.append(length)
    }
    #expect(lengths.first == 1 && lengths.contains(2) && lengths.contains(7))
    #expect(lengths == lengths.sorted() && !lengths.contains(9))
  }

  @Test func knowsWordsAndNothingElse() {
    #expect((lexicon.frequency(of: scalars("中国")) ?? 0) > (lexicon.frequency(of: scalars("中庸")) ?? 0))
    #expect(lexicon.frequency(of: scalars("悲欢离合")) != nil)  // an idiom stays
    #expect(lexicon.frequency(of: scalars("生产总值")) == nil)  // a compound of 生产 and 总值
    #expect(lexicon.frequency(of: scalars("中国abc")) == nil)
    #expect(lexicon.frequency(of: scalars("abc")) == nil)
    #expect(lexicon.count > 300_000 && lexicon.logTotal > 0)
  }

  /// Names the lexicon does not hold come out whole, as jieba's model cuts them.
  @Test(arguments: [("李小福", [3]), ("王晓雯", [3]), ("韩冰冰说", [3, 1])])
  func unknownWordModelGroupsNames(_ text: String, _ lengths: [Int]) {
    #expect(UnknownWordModel.shared.cut(scalars(text)) == lengths)
  }

  @Test(arguments: ["", "一", "他每天早上六点出门步行四十分钟到学校", "𠀀𠀁𠀂㐀", "韩冰冰说李小福"])
  func cutterCoversTheRun(_ text: String) {
    let lengths = HanWordCutter().cut(scalars(text))
    #expect(lengths.reduce(0, +) == text.unicodeScalars.count && !lengths.contains(0))
  }

  @Test func cutterAgreesWithJiebaOnItsDictionary() {
    let text = scalars("老人把积攒多年的书捐给了村里的图书馆")
    #expect(HanWordCutter().cut(text) == [2, 1, 2, 2, 1, 1, 2, 1, 2, 1, 3])
  }
}
