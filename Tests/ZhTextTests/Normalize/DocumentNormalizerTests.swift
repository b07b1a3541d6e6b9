import Testing

@testable import ZhText

/// Normalizes `lines` as one document and returns the output paragraphs.
func normalize(_ lines: [String], options: NormalizeOptions = NormalizeOptions()) -> [String] {
  var normalizer = DocumentNormalizer(options: options, reporting: false)
  var out: [String] = []
  for (index, line) in lines.enumerated() {
    normalizer.add([Unicode.Scalar](line), number: index + 1) { out.append($0.paragraph.text.string) }
  }
  normalizer.finish { out.append($0.paragraph.text.string) }
  return out
}

/// Hard-wrapped prose with a blank line after every line, as pdftotext writes seed 000.
func interleaved(_ lines: [String]) -> [String] { lines.flatMap { [$0, ""] } }

@Suite struct ReflowTests {
  static let body = [
    "共建国家发挥各自优势，不断拓展合作领", "域、创新合作模式，推动健康、绿色、创新", "丝绸之路建设取得积极进展，国际合作空间更",
    "加广阔。", "卫生健康合作成效显著。共建国家积极推", "进“健康丝绸之路”建设，推动构建人类卫生",
    "共同体，建立紧密的卫生合作伙伴关系。截至", "2023 年 6 月底，中国已与世界卫生组织签",
    "署合作协议，发起和参与多个卫生合作机制。",
  ]

  @Test func joinsHardWrappedParagraphs() {
    let out = normalize(interleaved(Self.body))
    #expect(out == [
      "共建国家发挥各自优势，不断拓展合作领域、创新合作模式，推动健康、绿色、创新丝绸之路建设取得积极进展，国际合作空间更加广阔。",
      "卫生健康合作成效显著。共建国家积极推进“健康丝绸之路”建设，推动构建人类卫生共同体，建立紧密的卫生合作伙伴关系。截至2023年6月底，中国已与世界卫生组织签署合作协议，发起和参与多个卫生合作机制。",
    ])
  }

  @Test func joinsWrappedHeadingAndBreaksAfterIt() {
    let lines = ["四、为世界和平与发展注入", "正能量", ""] + interleaved(Self.body)
    let out = normalize(lines)
    #expect(out.first == "四、为世界和平与发展注入正能量")
    #expect(out.count == 3)
  }

  @Test func keepsHeadingFollowedByTextWithoutBlankLine() {
    let lines = ["（六）新领域合作稳步推进"] + interleaved(Self.body)
    #expect(normalize(lines).first == "（六）新领域合作稳步推进")
  }

  @Test func joinsRunInHeadingIntoItsParagraph() {
    let narrow = [
      "我国企业在共建国家建设的境外经济贸", "易合作区为当地创造了大量就业岗位。", "（一）从机遇看，优势显著大有可",
      "为。人类命运共同体理念日益深入人", "心。越来越多国家认识到，世界命运", "应该由各国共同掌握，国际规则应该",
      "由各国共同书写，全球事务应该由各", "国共同治理，发展成果应该由各国共", "同分享。",
    ]
    let out = normalize(interleaved(narrow))
    #expect(out.contains { $0.hasPrefix("（一）从机遇看，优势显著大有可为。人类命运共同体") })
  }

  /// A figure or table title stands alone: not joined to the text after it, even when it
  /// fills the line, and moved after a sentence it was spliced into.
  @Test func figureAndTableTitlesAreBlocksOfTheirOwn() {
    let wide = [
      "今年以来，各地区各部门认真贯彻落实党中央决策部署，经济运行总体平稳，稳中有",
      "进，主要预期目标顺利实现，高质量发展扎实推进，社会大局保持稳定，人民生活持",
      "续改善。",
      "表2 2024年主要经济指标完成情况（单位：亿元）",
      "从表中可以看出，主要指标均好于预期，其中固定资产投资增长较快，消费需求持续",
      "恢复，新动能不断壮大，发展质量稳步提升，民生保障有力有效，数据显示，增速逐月",
      "图3：各月增速",
      "回升，其中固定资产投资增长较快，新动能不断壮大，发展质量稳步提升，民生保障",
      "有力有效。",
    ]
    let out = normalize(wide)
    #expect(out == [
      "今年以来，各地区各部门认真贯彻落实党中央决策部署，经济运行总体平稳，稳中有进，主要预期目标顺利实现，高质量发展扎实推进，社会大局保持稳定，人民生活持续改善。",
      "表2 2024年主要经济指标完成情况（单位：亿元）",
      "从表中可以看出，主要指标均好于预期，其中固定资产投资增长较快，消费需求持续恢复，新动能不断壮大，发展质量稳步提升，民生保障有力有效，数据显示，增速逐月回升，其中固定资产投资增长较快，新动能不断壮大，发展质量稳步提升，民生保障有力有效。",
      "图3：各月增速",
    ])
    // Layout alone (segment --unwrap) keeps every character in place but joins nothing to it.
    var layoutOnly = NormalizeOptions()
    layoutOnly.rules = [.reflow]
    let kept = normalize(wide, options: layoutOnly)
    #expect(kept.contains("表2 2024年主要经济指标完成情况（单位：亿元）"))
  }

  /// A short line whose break splits a word (`发⏎展`) is a paragraph wrapped early, joined
  /// across a blank line; a short line whose break falls between words stays a heading.
  @Test func wrappedFragmentJoinsButHeadingStays() {
    let before = "各地区要认真落实中央八项规定精神，持续深化作风建设，坚决纠治形式主义、官僚主义。"
    let fragment = normalize([before, "中国与不少国家发", "", "展了友好关系，双方合作不断深化，取得了丰硕成果。"])
    #expect(fragment == [before, "中国与不少国家发展了友好关系，双方合作不断深化，取得了丰硕成果。"])
    let heading = normalize([before, "中国与周边国家关系", "", "双方合作不断深化，取得了丰硕成果。"])
    #expect(heading == [before, "中国与周边国家关系", "双方合作不断深化，取得了丰硕成果。"])
  }

  /// A numbered heading after a short line set off from the text (a byline) starts a block,
  /// although its marker puts punctuation in its first characters.
  @Test func numberedHeadingAfterABylineStartsABlock() {
    let out = normalize([
      "关于2025年全市国民经济和社会发展计划执行情况的报告", "市发展和改革委员会", "一、2025年国民经济和社会发展计划执行情况",
      "2025年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，全市上下坚持稳中求", "进工作总基调。",
    ])
    #expect(out.count == 4)
    #expect(out[2] == "一、2025年国民经济和社会发展计划执行情况")
  }

  /// A title as wide as the text, or in a document of short lines only, is not joined to
  /// the numbered heading under it.
  @Test func numberedHeadingAfterAFullWidthTitleStartsABlock() {
    let out = normalize([
      "关于进一步加强和改进新时代统计工作推动高质量发展的实施意见", "一、总体要求",
      "坚持以新时代中国特色社会主义思想为指导，全面贯彻落实党", "的二十大精神，完整准确全面贯彻新发展理念，加快构建新发",
      "展格局，着力推动高质量发展。", "（一）基本原则", "坚持党的全面领导，坚持依法统计依法治统，坚持实事求是。",
    ])
    #expect(out == [
      "关于进一步加强和改进新时代统计工作推动高质量发展的实施意见", "一、总体要求",
      "坚持以新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。",
      "（一）基本原则", "坚持党的全面领导，坚持依法统计依法治统，坚持实事求是。",
    ])
    #expect(normalize(["2023年政府工作报告", "一、总体情况"]) == ["2023年政府工作报告", "一、总体情况"])
  }

  /// A photo credit ends its paragraph as a full stop does: the numbered heading after it
  /// is a heading, not the start of a paragraph.
  @Test func numberedHeadingAfterAPhotoCreditStartsABlock() {
    let lines = interleaved([
      "连日来，抢险施工队伍在霞云岭中心小学进行灾后恢复重建工作，8月25日基本完成整体修复",
      "重建。图为抢险施工人员在抢建供学校与外界通行的新桥梁。 新华社记者 鞠焕宗 摄",
    ]) + ["", "（六）新领域合作稳步推进"] + interleaved(Self.body)
    let out = normalize(lines)
    #expect(out.count == 4)
    #expect(out[1] == "（六）新领域合作稳步推进")
  }

  /// A label's colon (`摘要：`, `注：`) early in a line opens a block; it finishes no clause
  /// of the title before it.
  @Test func labelledLineAfterATitleStartsABlock() {
    let lines = interleaved([
      "城市更新中的历史街区保护研究", "摘要：历史街区是城市记忆的重要载体，本文",
      "以三个典型街区为例，分析了更新改造中保护", "与利用的关系，并提出了相应的对策建议。",
    ])
    #expect(normalize(lines) == [
      "城市更新中的历史街区保护研究",
      "摘要：历史街区是城市记忆的重要载体，本文以三个典型街区为例，分析了更新改造中保护与利用的关系，并提出了相应的对策建议。",
    ])
  }

  /// After a full stop, a line opened by a label (`答：`) starts a paragraph, even when the
  /// question filled the line.
  @Test func answerAfterAQuestionStartsAParagraph() {
    let lines = interleaved([
      "问：申请公共租赁住房时需要准备哪些材料？", "答：申请人应当提交身份证明、户籍证明、",
      "收入和住房情况证明等材料，并如实填写申", "请表。",
    ])
    #expect(normalize(lines) == [
      "问：申请公共租赁住房时需要准备哪些材料？", "答：申请人应当提交身份证明、户籍证明、收入和住房情况证明等材料，并如实填写申请表。",
    ])
  }

  /// A first-line indent that extraction kept (`　　`) opens a paragraph after a full stop,
  /// even when the sentence ended at the margin.
  @Test func keptIndentOpensAParagraph() {
    let lines = [
      "　　今年一季度，全省接待游客1.2亿人次，同比增长", "百分之十二，旅游收入达到一千三百亿元，比上年同",
      "期增长百分之十五，各项指标均创历史同期新高。",
      "　　从客源结构看，省外游客占比继续提高，达到四成", "以上，自驾游和研学游成为新的增长点。",
    ]
    #expect(normalize(lines) == [
      "今年一季度，全省接待游客1.2亿人次，同比增长百分之十二，旅游收入达到一千三百亿元，比上年同期增长百分之十五，各项指标均创历史同期新高。",
      "从客源结构看，省外游客占比继续提高，达到四成以上，自驾游和研学游成为新的增长点。",
    ])
  }

  /// `表1显示，…` is a sentence about a table, not its title.
  @Test func aSentenceAboutATableIsText() {
    let out = normalize(["今年以来，经济运行总体平稳。", "表1显示，主要指标均好于预期。"])
    #expect(out == ["今年以来，经济运行总体平稳。表1显示，主要指标均好于预期。"] || out.count == 2)
    let line = LayoutLine(Paragraph(text: Array("表1显示，主要指标均好于预期。".unicodeScalars), line: 1), pageStart: false)
    #expect(!line.isFigureTitle && !line.isCaption)
    for title in ["图1 2024年各月增速", "表 3 主要指标", "图3-1：结构", "表二 名单"] {
      let titled = LayoutLine(Paragraph(text: Array(title.unicodeScalars), line: 1), pageStart: false)
      #expect(titled.isFigureTitle, "\(title)")
    }
  }

  @Test func lineStartingWithClosingPunctuationJoins() {
    let out = normalize(["这是一个没有结束的句子", "。下一句话也在这里。"])
    #expect(out == ["这是一个没有结束的句子。下一句话也在这里。"])
  }

  @Test func oneParagraphPerLineTextStaysAsItIs() {
    let lines = [
      "第一段是完整的一段话，它以句号结束，并且没有被硬换行拆开，长度也比较长一些。", "",
      "第二段同样是完整的段落，包含逗号和句号，也没有任何换行问题需要修复。", "",
      "第三段继续保持这种格式，每一行都是一个段落，中间用空行隔开。", "",
    ]
    #expect(normalize(lines).count == 3)
  }

  @Test func latinLinesJoinWithOneSpace() {
    let lines = [
      "This report describes the initiative and", "its results over ten years of cooperation,", "with many partners in every region of the",
      "world, and it ends here.",
    ]
    #expect(normalize(lines) == [
      "This report describes the initiative and its results over ten years of cooperation, with many partners in every region of the world, and it ends here.",
    ])
  }
}

@Suite struct FurnitureTests {
  @Test func removesTableOfContentsAndRejoins() {
    let lines = [
      "人工智能等传统和非传", "", "目录", "", "前言", "", "一、源自中国属于世界", "", "(一) 根植历史，弘扬丝路精神", "",
      "二、铺就共同发展繁荣之路", "", "结束语", "", "统安全问题交叉叠加，人类共同生活的这颗美丽星球面临严重威胁。",
    ]
    let out = normalize(lines)
    #expect(out == ["人工智能等传统和非传统安全问题交叉叠加，人类共同生活的这颗美丽星球面临严重威胁。"])
  }

  @Test func keepsTableOfContentsWithKeepFurniture() {
    var options = NormalizeOptions()
    options.rules.subtract([.toc, .header, .caption, .continuation])
    let lines = ["目录", "", "前言", "", "一、源自中国", "", "二、走向世界", ""]
    #expect(normalize(lines, options: options).contains("目录"))
  }

  @Test func dropsRepeatedRunningHeaderKeepsFirst() {
    var lines = ["“一带一路”倡议已经取得重要收获和成果"]
    for k in 0..<15 { lines.append("第\(k)行正文内容很长很长，用来占据一页的位置并且以句号结束。") }
    lines.append("“一带一路”倡议已经取得重要收获和成果")
    lines.append("最后一行正文。")
    let out = normalize(lines)
    #expect(out.filter { $0 == "“一带一路”倡议已经取得重要收获和成果" }.count == 1)
    #expect(out.first == "“一带一路”倡议已经取得重要收获和成果")
  }

  /// Numbered subheadings repeat from chapter to chapter; none of them is a running header,
  /// and neither is a line repeated within less than a page.
  @Test func keepsRepeatedNumberedHeadings() {
    let body = "全市上下坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"
    var lines: [String] = []
    for chapter in ["一、工业经济", "二、农业农村"] {
      lines.append(chapter)
      for heading in ["（一）主要做法", "（二）存在问题"] { lines += [heading] + Array(repeating: body, count: 5) }
    }
    let out = normalize(lines)
    #expect(out.filter { $0 == "（一）主要做法" }.count == 2)
    #expect(out.filter { $0 == "（二）存在问题" }.count == 2)
    let near = ["主要指标完成情况"] + Array(repeating: body, count: 9) + ["主要指标完成情况", body]
    #expect(normalize(near).filter { $0 == "主要指标完成情况" }.count == 2)
    // A chapter heading repeated at page tops is a running header.
    let chapter = ["第一章 总则", body] + Array(repeating: body, count: 15) + ["第一章 总则", body]
    #expect(normalize(chapter).filter { $0 == "第一章 总则" }.count == 1)
  }

  @Test func dropsPageNumbers() {
    let out = normalize(["正文第一段。", "- 3 -", "正文第二段。", "第4页"])
    #expect(!out.contains("- 3 -") && !out.contains("第4页"))
  }

  /// pdftotext leaves a page's folio as a bare number on the page's last line, before the
  /// form feed (or after it, on the first line of the next page).
  @Test func dropsFoliosAtPageBreaks() {
    let first = Array(ReflowTests.body.prefix(4))  // one paragraph
    let second = Array(ReflowTests.body.dropFirst(4))
    let paragraphs = [first.joined(), "卫生健康合作成效显著。共建国家积极推进“健康丝绸之路”建设，推动构建人类卫生共同体，建立紧密的卫生合作伙伴关系。截至2023年6月底，中国已与世界卫生组织签署合作协议，发起和参与多个卫生合作机制。"]
    // Below the text, the last page closed by a form feed on a line of its own.
    #expect(normalize(first + ["", "1", "\u{0C}" + second[0]] + second.dropFirst() + ["", "2", "\u{0C}"]) == paragraphs)
    // Above the text, after the form feed; and a paragraph running over the page break.
    let top = ["\u{0C}7"] + first.prefix(2) + ["\u{0C}8"] + first.dropFirst(2) + second
    #expect(normalize(top) == paragraphs)
    // A running header under the folio is still at the page top, however short the page.
    let header = "共建“一带一路”进展报告"
    let headed = [header] + first + ["\u{0C}2", header] + second + ["\u{0C}3", header]
    #expect(normalize(headed) == [header] + paragraphs)
    // A bare number elsewhere is text.
    #expect(normalize(["合计", "35", "正文。"]).joined() == "合计35正文。")
  }

  /// A bare number at a page break beside a figure is a table cell, unless it continues the
  /// folios before it; a short cell that ends a page is not joined to the next page.
  @Test func keepsTableCellsAtPageBreaksUnlessTheyContinueTheFolios() {
    #expect(normalize(["指标", "28", "35", "\u{0C}41", "5.6", "正文。"]).joined() == "指标283541" + "5.6正文。")
    // Folio 1 numbers the first page; 35 is no folio of the second (3 is, above the third).
    let numbered = ["第一页正文。", "1", "\u{0C}第二页正文。", "合计", "35", "\u{0C}3", "-2.5%", "第三页正文。"]
    #expect(normalize(numbered).joined(separator: "|") == "第一页正文。|第二页正文。|合计|35|-2.5%|第三页正文。")
  }

  /// A form feed on a line of its own starts the page at the next line: a running header
  /// there repeats at a page top however short the page.
  @Test func formFeedOnItsOwnLineStartsThePage() {
    let page = ["共建“一带一路”进展报告"] + ReflowTests.body.prefix(4) + ["\u{0C}"]
    let out = normalize(page + page + page)
    #expect(out.filter { $0 == "共建“一带一路”进展报告" }.count == 1)
  }

  @Test func movesSplicedCaptionAfterItsParagraph() {
    let lines = [
      "多边合作平台不断推进各项合作，反腐败等领域国际研修、“一带", "", "", "",
      "图为列车运行在多瑙河大桥上(2024年3月12日摄)。任卫云 摄", "", "", "",
      "一路”廉洁建设领域援外培训等各类项目持续开展。",
    ]
    let out = normalize(lines)
    #expect(out == [
      "多边合作平台不断推进各项合作，反腐败等领域国际研修、“一带一路”廉洁建设领域援外培训等各类项目持续开展。",
      "图为列车运行在多瑙河大桥上（2024年3月12日摄）。任卫云 摄",
    ])
  }
}

@Suite struct DocumentRuleTests {
  @Test func idempotentOnMixedInput() {
    let lines = interleaved(ReflowTests.body) + ["北京北京：：山区小学抢修待开学山区小学抢修待开学", "第７１届, 共建‘一带一路 '。"]
    let once = normalize(lines)
    #expect(normalize(once) == once)
  }

  @Test func noReflowKeepsLines() {
    var options = NormalizeOptions()
    options.rules.subtract(RuleID.layout)
    let lines = ["第一行没有结束", "", "第二行 2023 年"]
    #expect(normalize(lines, options: options) == ["第一行没有结束", "", "第二行2023年"])
  }

  /// Lines prepared on one thread, from their bytes or decoded, and laid out on another in
  /// batches of any size give the paragraphs of one thread. The lines hold what measuring
  /// reads besides the text: a form feed before a page number and a running header, and a
  /// heading in fake bold before a wrapped line.
  @Test func preparedLinesLayOutAsOneThreadDoes() {
    // Pages shorter than a running header's usual gap, so only the form feed shows the
    // header repeats at a page top; and under it a bold line as wide as the text (a
    // different one on each page), which only its doubling keeps from joining the line
    // after it.
    let tails = ["健康合作成效显著共建国家积极推进", "健康合作成效显著共建国家积极推动", "健康合作成效显著共建国家积极推广"]
    var lines: [String] = []
    for (page, tail) in tails.enumerated() {
      lines += ["\u{0C}共建“一带一路”进展报告", "卫生卫生" + tail + tail] + ReflowTests.body.prefix(4) + ["- \(page + 1) -", ""]
    }
    let expected = normalize(lines)
    let paragraph = ReflowTests.body.prefix(4).joined()
    #expect(expected == ["共建“一带一路”进展报告"] + tails.flatMap { ["卫生" + $0, paragraph] })
    let rules = ParagraphRules(options: NormalizeOptions())
    let classes = LineClasses(rules: rules)
    // Batches of one line to all of them, their storage reused from batch to batch; lines
    // from their UTF-8 bytes and from decoded text alike.
    for batchSize in [1, 5, lines.count] {
      var normalizer = DocumentNormalizer(options: NormalizeOptions(), reporting: false)
      var out: [String] = []
      var batch = PreparedLines()
      var log: [Change]? = nil
      for (index, line) in lines.enumerated() {
        if index % 2 == 0 {
          let bytes = Array(line.utf8)
          #expect(bytes.withUnsafeBufferPointer {
            batch.append(utf8: $0, number: index + 1, rules: rules, classes: classes, log: &log)
          })
        } else {
          batch.append([Unicode.Scalar](line), number: index + 1, rules: rules, classes: classes, log: &log)
        }
        if (index + 1) % batchSize == 0 || index + 1 == lines.count {
          normalizer.add(prepared: batch) { out.append($0.paragraph.text.string) }
          batch.removeAll()
        }
      }
      normalizer.finish { out.append($0.paragraph.text.string) }
      #expect(out == expected, "batches of \(batchSize)")
    }
  }

  /// Laying out on one thread and repairing on another gives what doing both at once gives.
  @Test func layoutThenRepairAsAddDoes() {
    let lines = interleaved(ReflowTests.body) + ["北京北京：：山区小学抢修待开学山区小学抢修待开学", "第７１届, 共建‘一带一路 '。", "截至 2023 年 6 月底"]
    let rules = ParagraphRules(options: NormalizeOptions())
    var batch = PreparedLines()
    var log: [Change]? = nil
    for (index, line) in lines.enumerated() {
      batch.append([Unicode.Scalar](line), number: index + 1, rules: rules, classes: LineClasses(rules: rules), log: &log)
    }
    var together = DocumentNormalizer(options: NormalizeOptions(), reporting: false)
    var expected: [[UInt8]] = []
    together.add(prepared: batch) { expected.append($0.utf8) }
    together.finish { expected.append($0.utf8) }
    var apart = DocumentNormalizer(options: NormalizeOptions(), reporting: false)
    var laidOut: [ParagraphText] = []
    apart.layOut(prepared: batch) { laidOut.append($0) }
    apart.finish(repairing: false) { laidOut.append($0) }
    let repaired = laidOut.compactMap { paragraph -> [UInt8]? in
      switch DocumentNormalizer.repair(paragraph, rules: rules) {
      case .unchanged(let text): text.utf8
      case .changed(let changed): ParagraphText(changed).utf8
      case .removed: nil
      }
    }
    #expect(repaired == expected)
    #expect(expected.count >= 4 && laidOut.contains { !$0.isInert } && laidOut.contains(where: \.isInert))
  }

  @Test func reportsEveryChangeWithItsLine() {
    var normalizer = DocumentNormalizer(options: NormalizeOptions(), reporting: true)
    normalizer.add([Unicode.Scalar]("截至 2023 年"), number: 7) { _ in }
    normalizer.finish { _ in }
    let changes = normalizer.takeChanges()
    #expect(changes.filter { $0.rule == .space }.count == 2)
    #expect(changes.allSatisfy { $0.line == 7 })
  }
}
