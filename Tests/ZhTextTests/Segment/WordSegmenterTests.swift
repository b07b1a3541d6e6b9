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

  /// A number stays whole with its magnitude and percent sign, a date with its unit (ICU
  /// cuts them apart); a measure word or currency after a number is a word of its own.
  @Test(arguments: [
    ("截至2023年6月底", ["截至", "2023年", "6月", "底"]),
    ("培训1.6万人次", ["培训", "1.6万", "人次"]),
    ("增长30%。", ["增长", "30%", "。"]),
    ("第71届会议召开", ["第71", "届", "会议", "召开"]),
    ("有２０００多名专家", ["有", "２０００多", "名", "专家"]),
    ("共有2000年", ["共有", "2000年"]),
    ("达1394 亿美元", ["达", "1394 亿", "美元"]),
    ("是一名有三十年教龄的教师", ["是", "一", "名", "有", "三十", "年", "教龄", "的", "教师"]),
  ])
  func numbersAndTheirUnits(_ input: String, _ expected: [String]) {
    #expect(words(input) == expected)
  }

  /// Runs of Chinese characters are cut by the lexicon, not ICU's dictionary; compounds of
  /// two words are cut into them, idioms stay whole.
  @Test(arguments: [
    ("研究人员在实验室里连续工作", ["研究", "人员", "在", "实验室", "里", "连续", "工作"]),
    ("农民收入持续增加", ["农民", "收入", "持续", "增加"]),
    ("讲述了一个家庭的悲欢离合。", ["讲述", "了", "一", "个", "家庭", "的", "悲欢离合", "。"]),
    ("中国与ASEAN签署协议", ["中国", "与", "ASEAN", "签署", "协议"]),
  ])
  func chineseRunsFollowTheLexicon(_ input: String, _ expected: [String]) {
    #expect(words(input) == expected)
  }

  @Test func typesOfWords() {
    let text = Array("中国与ASEAN签署2项协议。".unicodeScalars)
    let types = segmenter.words(text).map(\.type)
    #expect(types == [.word, .word, .latin, .word, .number, .word, .word, .punct])
  }

  @Test func userDictionaryWordsAreNeverSplit() throws {
    let plain = words("共建“一带一路”高质量发展")
    #expect(!plain.contains("一带一路") && !plain.contains("高质量发展"))
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
