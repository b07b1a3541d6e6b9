import Testing

@testable import ZhText

@Suite struct WordSegmenterTests {
  let segmenter: WordSegmenter
  init() throws { segmenter = try WordSegmenter() }

  func words(_ text: String, with segmenter: WordSegmenter? = nil) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return (segmenter ?? self.segmenter).words(scalars).filter { $0.type != .space }
      .map { String(String.UnicodeScalarView(scalars[$0.range])) }
  }

  /// Numbers stay whole with their magnitude, percent sign and unit (ICU cuts them apart).
  @Test(arguments: [
    ("截至2023年6月底", ["截至", "2023年", "6月", "底"]),
    ("培训1.6万人次", ["培训", "1.6万人次"]),
    ("增长30%。", ["增长", "30%", "。"]),
    ("第71届会议召开", ["第71届", "会议", "召开"]),
    ("有２０００多名专家", ["有", "２０００多名", "专家"]),
    ("共有2000年", ["共有", "2000年"]),
    ("达1394 亿美元", ["达", "1394 亿美元"]),
  ])
  func mergesNumbers(_ input: String, _ expected: [String]) {
    #expect(words(input) == expected)
  }

  @Test func typesOfWords() {
    let text = Array("中国与ASEAN签署2项协议。".unicodeScalars)
    let types = segmenter.words(text).map(\.type)
    #expect(types == [.word, .word, .latin, .word, .number, .word, .punct])
  }

  @Test func userDictionaryWordsAreNeverSplit() throws {
    let plain = words("共建“一带一路”高质量发展")
    #expect(plain.contains("共") && plain.contains("建"))
    let dictionary = UserDictionary(parsing: Array("# 用户词典\n共建 100 v\n一带一路 50\n高质量发展\n".unicodeScalars))
    #expect(dictionary.count == 3)
    let custom = try WordSegmenter(dictionary: dictionary)
    #expect(words("共建“一带一路”高质量发展", with: custom) == ["共建", "“", "一带一路", "”", "高质量发展"])
  }

  @Test(arguments: ["", " ", "中文 English 混排 123。", "①②③", "\u{10FF41}坏字节"])
  func piecesCoverTheText(_ input: String) {
    let scalars = Array(input.unicodeScalars)
    let pieces = segmenter.words(scalars)
    #expect(pieces.flatMap { scalars[$0.range] } == scalars)
  }
}
