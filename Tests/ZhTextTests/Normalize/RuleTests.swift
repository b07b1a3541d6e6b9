import Testing

@testable import ZhText

/// Applies one rule's edits to `input`.
func run(_ rule: ([Unicode.Scalar]) -> [Edit], _ input: String) -> String {
  let text = [Unicode.Scalar](input)
  return text.applying(rule(text)).string
}

@Suite struct EncodingRuleTests {
  @Test(arguments: [
    ("中\u{200B}文", "中文"), ("a\u{00AD}b", "ab"), ("\u{FEFF}开头", "开头"),
    ("控\u{07}制", "控制"), ("C1\u{85}x", "C1x"), ("零\u{200D}宽", "零宽"),
  ])
  func removes(_ input: String, _ expected: String) { #expect(run(EncodingRule.edits, input) == expected) }

  @Test(arguments: ["制\t表", "页\u{0C}码", "中文\0文本", "普通文字。"])
  func keeps(_ input: String) { #expect(run(EncodingRule.edits, input) == input) }

  /// A removed character at any offset in a longer line, alone or in a run, next to the
  /// kept characters nearest the removed ranges.
  @Test(arguments: ["\u{200B}", "\u{01}", "\u{1F}", "\u{7F}", "\u{9F}", "\u{AD}", "\u{2060}", "\u{FEFF}", "\u{0B}\u{0D}"])
  func removesAtEveryOffset(_ removed: String) {
    let kept = " ~\u{A0}\u{2061}\u{FEFE}\u{FF00}中𠀀\t"
    for offset in 0...kept.unicodeScalars.count {
      let head = String(kept.unicodeScalars.prefix(offset))
      let tail = String(kept.unicodeScalars.dropFirst(offset))
      #expect(run(EncodingRule.edits, head + removed + tail + kept) == kept + kept)
    }
  }

  /// The list of removed characters (which the line tables are built from) is exactly the
  /// characters `isRemoved` takes, over the whole of Unicode.
  @Test func removedCharactersAreWhatIsRemovedTakes() {
    let taken = (UInt32(0)...0x10FFFF).filter { Unicode.Scalar($0).map(EncodingRule.isRemoved) == true }
    #expect(EncodingRule.removedCharacters == taken)
  }
}

@Suite struct DoubledGlyphRuleTests {
  @Test(arguments: [
    ("北京北京：：山区小学抢修待开学山区小学抢修待开学", "北京：山区小学抢修待开学"),
    ("新闻新闻标题标题", "新闻标题"),
    ("  重要通知重要通知：：  ", "  重要通知：  "),
  ])
  func collapses(_ input: String, _ expected: String) {
    #expect(run(DoubledGlyphRule.edits, input) == expected)
  }

  @Test(arguments: ["实实在在", "谢谢谢谢", "明明白白清清楚楚", "哈哈", "北京北京", "普通的一行文字。", "研究研究"])
  func keeps(_ input: String) { #expect(run(DoubledGlyphRule.edits, input) == input) }
}

@Suite struct WidthRuleTests {
  @Test(arguments: [
    ("第７１届", "第71届"), ("第２３４４号", "第2344号"), ("ＡＢＣ公司", "ABC公司"),
    ("ｗｅｂ", "web"), ("ｶﾀｶﾅ", "カタカナ"), ("ｶﾞ", "ガ"), ("１，２５０万", "1，250万"),
    ("增长５．４％", "增长5.4%"), ("占3．5％。", "占3.5%。"), ("12％的", "12%的"),
  ])
  func folds(_ input: String, _ expected: String) { #expect(run(WidthRule.edits, input) == expected) }

  @Test(arguments: ["，（）：；！？", "％", "中文。", "ABC 123", "第一．二％", "5．", "．5"])
  func keepsPunctuation(_ input: String) { #expect(run(WidthRule.edits, input) == input) }
}

@Suite struct RadicalRuleTests {
  @Test(arguments: [("\u{2F08}们", "人们"), ("中\u{2F1F}", "中土"), ("\u{2EA0}民", "\u{6C11}民")])
  func maps(_ input: String, _ expected: String) { #expect(run(RadicalRule.edits, input) == expected) }

  @Test(arguments: ["\u{2F08}", "radical \u{2F08} alone", "人们"])
  func keeps(_ input: String) { #expect(run(RadicalRule.edits, input) == input) }
}

@Suite struct EllipsisRuleTests {
  @Test(arguments: [("夜归之路⋯⋯一个", "夜归之路……一个"), ("等等⋯", "等等…"), ("⋯⋯", "……")])
  func converts(_ input: String, _ expected: String) { #expect(run(EllipsisRule.edits, input) == expected) }

  @Test(arguments: ["a ⋯ b", "x⋯y"])
  func keepsMath(_ input: String) { #expect(run(EllipsisRule.edits, input) == input) }
}

@Suite struct StrayTraditionalRuleTests {
  @Test(arguments: [
    ("既是中國扩大开放的重大举措", "既是中国扩大开放的重大举措"),
    ("布达佩斯—克萊比奧段启动轨道铺设工作", "布达佩斯—克莱比奥段启动轨道铺设工作"),
  ])
  func converts(_ input: String, _ expected: String) {
    #expect(run(StrayTraditionalRule.edits, input) == expected)
  }

  @Test(arguments: ["成效显著", "与生俱来", "覆盖", "乾隆", "明了", "于是", "后来", "发展", "著名"])
  func keepsStandardCharacters(_ input: String) {
    #expect(run(StrayTraditionalRule.edits, input) == input)
  }

  @Test func leavesTraditionalText() {
    let text = "這個國際會議討論經濟發展與環境保護的關係問題"
    #expect(run(StrayTraditionalRule.edits, text) == text)
  }
}

@Suite struct SpaceRuleTests {
  @Test(arguments: [
    ("截至 2023 年 6 月底", "截至2023年6月底"),
    ("发 布《绿 色 金 融 支 持“ 一 带 一 路 ”能 源 转 型 倡", "发布《绿色金融支持“一带一路”能源转型倡"),
    ("增加 20% 。 产 业 产 能", "增加20%。产业产能"),
    ("全省 5 3 0 0 家", "全省5300家"),
    ("中国 - 蒙古生物", "中国-蒙古生物"),
    ("每 日 测 试 样 品 ，", "每日测试样品，"),
    ("农业与农村生 活用 水定额 的 术语，共计", "农业与农村生活用水定额的术语，共计"),
    ("  首尾空格。  ", "首尾空格。"),
    ("“ 中 国 +中 亚 五 国 ”数 据", "“中国+中亚五国”数据"),
    ("上(2024年3月12日摄)。任卫云 摄", "上(2024年3月12日摄)。任卫云 摄"),
    ("新桥梁。 新华社记者 鞠焕宗 摄", "新桥梁。新华社记者 鞠焕宗 摄"),
    // Letter-spaced runs in a headline (no prose punctuation, so only the run's own spaces
    // go): after leading spaces, two runs sharing a wide gap, a run ended by a long token.
    ("  十 年 共 建", "十年共建"),
    ("十 年 共 建  携 手 共 进", "十年共建携手共进"),
    ("十 年 共 建 携手共进向未来 好", "十年共建携手共进向未来 好"),
    ("共建 结 硕 果 abc", "共建结硕果abc"),
    ("结硕果 十 年 共", "结硕果十年共"),
    // Not a byline: the role word opens neither the text nor a bracket, or no name follows.
    ("会上，记者 了解到情况。", "会上，记者了解到情况。"), ("（记者 发现，问题依然存在）", "（记者发现，问题依然存在）"),
  ])
  func removes(_ input: String, _ expected: String) {
    #expect(run({ SpaceRule.edits($0) }, input) == expected)
  }

  @Test(arguments: [
    "完善对项目 and 人员的安全保障措施。", "十年共建结硕果 携手共进向未来", "新华社记者 鞠焕宗 摄",
    "GB/T 15834-2011", "the Belt and Road Initiative", "1 2 3 4", "十 年 共", "携手共进向 十 年 共",
    "本报讯（记者 周明远）昨日，全市召开会议。", "新华社北京5月3日电（记者 王敏 李想）会议指出，要抓落实。",
    "本报记者 张宁 通讯员 刘洋 报道：近日，该县启动改造。",
  ])
  func keeps(_ input: String) { #expect(run({ SpaceRule.edits($0) }, input) == input) }

  /// A letter-spaced line of any length is one run: every space goes.
  @Test func longLetterSpacedLine() {
    let tokens = 200_000
    #expect(run({ SpaceRule.edits($0) }, String(repeating: "一 ", count: tokens)) == String(repeating: "一", count: tokens))
  }

  @Test(arguments: [("中文abc中文", "中文 abc 中文"), ("截至 2023年", "截至 2023 年"), ("共  5 项", "共 5 项")])
  func pangu(_ input: String, _ expected: String) {
    #expect(run({ SpaceRule.edits($0, pangu: true) }, input) == expected)
  }
}

@Suite struct PunctuationRuleTests {
  @Test(arguments: [
    ("2023年10月,在第三届", "2023年10月，在第三届"), ("命运共同体!", "命运共同体！"),
    ("问题:一是", "问题：一是"), ("真的吗?", "真的吗？"), ("中文;下一句", "中文；下一句"),
    ("“好”,他说", "“好”，他说"), ("中国 ,美国", "中国 ，美国"),
  ])
  func converts(_ input: String, _ expected: String) {
    #expect(run(PunctuationRule.edits, input) == expected)
  }

  @Test(arguments: [
    "共1,000人", "10:30开会", "见http://example.cn/a,b页", "联系a@b.cn", "Hello, world!",
    "路径/usr/local:中文", "版本1.2中文", "ANSO, 中国",
  ])
  func keeps(_ input: String) { #expect(run(PunctuationRule.edits, input) == input) }

  /// Addresses and paths are kept whole wherever they fall among the marks converted:
  /// several marks in one address, a mark right after one (nothing separates it, so it is
  /// the address's), the marks between addresses converted.
  @Test func keepsEveryMarkOfEveryAddress() {
    let input = "见http://a.cn/x,y;z页,联系a@b.cn,或~/d:e!再看C:\\f;g,和www.q.cn?中文!"
    #expect(run(PunctuationRule.edits, input) == "见http://a.cn/x,y;z页，联系a@b.cn,或~/d:e!再看C:\\f;g,和www.q.cn?中文！")
  }
}

@Suite struct BracketRuleTests {
  @Test(arguments: [
    ("(一) 根植历史", "（一） 根植历史"), ("东盟(10+1)合作", "东盟（10+1）合作"),
    ("(2023年10月)", "（2023年10月）"), ("倡议(BRI)", "倡议（BRI）"),
  ])
  func converts(_ input: String, _ expected: String) { #expect(run(BracketRule.edits, input) == expected) }

  @Test(arguments: ["the initiative (BRI) is", "f(x) = 1", "只有(没有闭合", "1) 第一", "（已是全角）"])
  func keeps(_ input: String) { #expect(run(BracketRule.edits, input) == input) }
}

@Suite struct QuoteRuleTests {
  @Test(arguments: [
    ("共建‘一带一路 '，实现", "共建‘一带一路 ’，实现"), ("他说“好\"。", "他说“好”。"),
    ("所谓\"一带一路\"倡议", "所谓“一带一路”倡议"),
  ])
  func converts(_ input: String, _ expected: String) { #expect(run(QuoteRule.edits, input) == expected) }

  @Test(arguments: ["don't stop", "\"quoted\" English", "“已是弯引号”", "5' 10\""])
  func keeps(_ input: String) { #expect(run(QuoteRule.edits, input) == input) }
}

@Suite struct ContinuationRuleTests {
  @Test(arguments: [
    ("正式通气。(下转第四版)", "正式通气。"), ("（上接第一版）本报讯", "本报讯"),
    ("（转第2版）", ""), ("内容（接第12版）继续", "内容继续"),
  ])
  func removes(_ input: String, _ expected: String) {
    #expect(run(ContinuationRule.edits, input) == expected)
  }

  @Test(arguments: ["（下转）", "第四版", "（转载自新华社）", "(接下来)"])
  func keeps(_ input: String) { #expect(run(ContinuationRule.edits, input) == input) }

  /// Whether a jump line may open is told from the bytes: never false where the rule would
  /// remove something, on examples and on generated text of the pieces jump lines are made of.
  @Test func jumpLinesAreToldFromBytes() {
    func mayOpen(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(ContinuationRule.mayOpenJumpLine) }
    for s in ["（下转第四版）", "正式通气。(下转第四版)", "（上接第一版）本报讯", "中文（转", "（接"] { #expect(mayOpen(s), "\(s)") }
    for s in ["（一）经济运行", "(a) 与 （注：数据）", "（", "(", "", "没有括号", "下转第四版）", "（ 下转第四版）"] {
      #expect(!mayOpen(s), "\(s)")
    }
    let pieces = [
      "（", "(", "下", "上", "转", "接", "第", "四", "2", "版", "）", ")", " ", "中", "，", "一",
      "（下转第四版）", "(转第2版)", "（上接第一版）", "接第12版）", "（转", "第四版）",
    ]
    var generator = SplitMix(seed: 7)
    var opening = 0
    for _ in 0..<20_000 {
      let length = Int(generator.next() % 12) + 1
      let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      if run(ContinuationRule.edits, text) != text {
        opening += 1
        #expect(mayOpen(text), "\(text)")
      }
    }
    #expect(opening > 20, "only \(opening) generated texts held a jump line")
  }
}

@Suite struct OptionRuleTests {
  @Test func dash() {
    #expect(run(DashRule.edits, "中国-蒙古") == "中国—蒙古")
    #expect(run(DashRule.edits, "COVID-19") == "COVID-19")
    #expect(run(DashRule.edits, "GB/T 15834-2011") == "GB/T 15834-2011")
  }

  @Test func tilde() {
    #expect(run(TildeRule.edits, "0.7%~2.9%") == "0.7%～2.9%")
    #expect(run(TildeRule.edits, "1~5月") == "1～5月")
    #expect(run(TildeRule.edits, "~/path") == "~/path")
    #expect(run(TildeRule.edits, "约~") == "约~")
  }
}


/// ParagraphRules skips a rule when no character of the paragraph carries its trigger
/// feature; that is only sound if the rule then edits nothing. Every BMP character is tried
/// alone and between digits, Han characters and Latin letters.
@Suite struct RuleTriggerTests {
  /// The steps a run of the options takes: what `--disable`, `--t2s off` and
  /// `--spacing pangu` select.
  @Test func stepsFollowTheOptions() {
    func rules(_ change: (inout NormalizeOptions) -> Void) -> [RuleID] {
      var options = NormalizeOptions()
      change(&options)
      return ParagraphRules.steps(for: options).map(\.rule)
    }
    let all = ParagraphRules.steps.map(\.rule)
    #expect(rules { _ in } == all.filter { RuleID.defaults.contains($0) })
    #expect(!rules { $0.traditional = .off }.contains(.t2s))
    #expect(!rules { $0.rules.remove(.punct) }.contains(.punct))
    #expect(!rules { $0.rules.remove(.space) }.contains(.space))
    #expect(rules { $0.rules.remove(.space); $0.rules.insert(.pangu) }.contains(.space))
    #expect(rules { $0.rules.insert(.dash); $0.rules.insert(.tilde) }.suffix(2) == [.dash, .tilde])
  }

  @Test func noRuleEditsWithoutItsTrigger() {
    var missed: [String] = []
    for v in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(v) else { continue }
      for text: [Unicode.Scalar] in [[c], ["5", c, "4"], ["中", c, "文"], ["a", c, "b"], [c, c]] {
        let features = TextFeatures(of: text)
        for step in ParagraphRules.steps where features.isDisjoint(with: step.trigger) && !step.edits(text).isEmpty {
          missed.append("\(step.rule) edits U+\(String(v, radix: 16, uppercase: true)) in \(text.string)")
        }
      }
    }
    #expect(missed.isEmpty, "\(missed.prefix(20))")
  }
}

/// A paragraph whose only trigger characters are brackets is judged unchanged from its bytes
/// only when no rule could change it: no bracket opens a jump line, and no normalization
/// that could make other trigger characters runs.
@Suite struct BracketOnlyParagraphTests {
  func leavesUnchanged(_ text: String, _ options: NormalizeOptions = NormalizeOptions()) -> Bool {
    ParagraphRules(options: options).leavesUnchanged(ParagraphText(Paragraph(text: Array(text), line: 0)))
  }

  @Test func judgedFromBytes() {
    #expect(leavesUnchanged("（一）经济运行稳中向好。"))
    #expect(leavesUnchanged("据统计（不含港澳台）。"))
    #expect(!leavesUnchanged("见附件(2)。"))  // an ASCII bracket: rule bracket reads it
    #expect(!leavesUnchanged("（转载自新华社）"))  // 转 after a bracket: not told from bytes
    #expect(!leavesUnchanged("正式通气。（下转第四版）"))
    #expect(!leavesUnchanged("（一）经济运行，稳中向好 。"))  // a space: rule space reads it
    #expect(!leavesUnchanged("(一)经济运行,稳中向好。"))  // ASCII punctuation: rules bracket and punct
    var nfkc = NormalizeOptions()
    nfkc.rules.insert(.nfkc)
    #expect(!leavesUnchanged("（一）经济运行稳中向好。", nfkc))
    // What it judges unchanged, the rules leave unchanged.
    for text in ["（一）经济运行稳中向好。", "据统计（不含港澳台）。"] {
      var paragraph = Paragraph(text: Array(text), line: 0)
      var log: [Change]? = nil
      #expect(leavesUnchanged(text))
      #expect(!ParagraphRules(options: NormalizeOptions()).apply(to: &paragraph, log: &log))
    }
  }
}
