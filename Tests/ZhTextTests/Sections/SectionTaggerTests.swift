import Testing

@testable import ZhText

/// Labels a document given as blocks (one per string), as records from normalize would be.
func tag(_ blocks: [String]) -> [SectionRecord] {
  var tagger = SectionTagger()
  var records: [SectionRecord] = []
  for (index, text) in blocks.enumerated() {
    records += tagger.tag(SectionTagger.block(forRecord: Array(text.unicodeScalars), lines: (index + 1)...(index + 1)))
  }
  return records + tagger.finish()
}

@Suite struct SectionTaggerTests {
  @Test func titleDatelineBylineAndLadder() {
    let records = tag([
      "共建“一带一路”：构建人类命运共同体的重大实践", "（2023年10月）", "中华人民共和国国务院新闻办公室", "前言",
      "两千多年前，我们的先辈怀着友好交往的朴素愿望。", "一、源自中国属于世界", "（一）根植历史，弘扬丝路精神",
      "公元前140年左右的中国汉代，张骞从长安出发。", "1.古代丝路", "（1）陆上丝路", "①张骞出使西域", "正文。",
      "二、铺就共同发展繁荣之路", "正文二。",
    ])
    #expect(records.map(\.label) == [
      .title, .dateline, .byline, .heading, .paragraph, .heading, .heading, .paragraph, .heading, .heading,
      .heading, .paragraph, .heading, .paragraph,
    ])
    #expect(records.map(\.level) == [nil, nil, nil, 1, nil, 1, 2, nil, 3, 4, 5, nil, 1, nil])
    #expect(records[7].path == ["一、源自中国属于世界", "（一）根植历史，弘扬丝路精神"])
    #expect(records[11].path == ["一、源自中国属于世界", "（一）根植历史，弘扬丝路精神", "1.古代丝路", "（1）陆上丝路", "①张骞出使西域"])
    #expect(records[13].path == ["二、铺就共同发展繁荣之路"])
    #expect(records[6].marker == "（一）" && records[8].marker == "1.")
  }

  /// A date followed by its occasion is a dateline however long; a bracketed note that
  /// does not open with a year is not.
  @Test func datelineWithOccasion() {
    #expect(SectionTagger.isDateline(Array("（2026年1月15日在市第十六届人民代表大会第五次会议上）".unicodeScalars)))
    #expect(SectionTagger.isDateline(Array("（2023年10月）".unicodeScalars)))
    #expect(!SectionTagger.isDateline(Array("（本报记者在市第十六届人民代表大会第五次会议上的采访）".unicodeScalars)))
  }

  @Test func reporterBylines() {
    for line in ["本报记者 刘晓明", "新华社记者王芳", "本报通讯员 李强", "记者 张三"] {
      #expect(SectionTagger.isByline(Array(line.unicodeScalars.filter { !$0.isSpaceLike })), "\(line)")
    }
    #expect(!SectionTagger.isByline(Array("本报讯".unicodeScalars)))
  }

  @Test func figureAndTableTitlesAreCaptions() {
    let records = tag(["一、总体要求", "图1 2024年各月增速", "数据显示，增速逐月回升。", "表2：主要指标（单位：亿元）"])
    #expect(records.map(\.label) == [.heading, .caption, .paragraph, .caption])
    #expect(records[2].path == ["一、总体要求"])
  }

  @Test func levelsComeFromTheMarkerNotTheOrder() {
    let records = tag(["（六）新领域合作稳步推进", "共建国家发挥各自优势，不断拓展合作领域。", "四、为世界和平与发展注入正能量", "（一）为共建国家带来实实在在的好处"])
    #expect(records.map(\.level) == [2, nil, 1, 2])
    #expect(records[3].path == ["四、为世界和平与发展注入正能量", "（一）为共建国家带来实实在在的好处"])
  }

  @Test func chapterLadderAbove() {
    let records = tag(["第一章 总则", "第一节 目的", "第一条 为了规范管理，制定本办法。", "一、适用范围"])
    #expect(records.map(\.level) == [-2, -1, 0, 1])
    #expect(records.map(\.label) == [.heading, .heading, .runinHeading, .heading])
  }

  @Test func runInHeadingLeadListsAndNotes() {
    let records = tag([
      "（五）民心相通取得显著成效。民心相通是共建“一带一路”的社会根基。",
      "卫生健康合作成效显著。共建国家积极推进“健康丝绸之路”建设。",
      "一是凝聚更多共识；", "二是明确合作方向。", "• 第三点",
      "（来源：新华社，2017年5月15日）", "（原载于《习近平经济思想研究》2023年第6期）", "（下转第四版）",
      "图为列车运行在大桥上（2024年3月12日摄）。任卫云 摄", "2.8%—9.7%、全球收入将增加。", "（约）访”行动。",
    ])
    #expect(records[0].label == .runinHeading && records[0].heading == "（五）民心相通取得显著成效。" && records[0].level == 2)
    #expect(records[1].label == .paragraph && records[1].lead == "卫生健康合作成效显著。")
    #expect(records[2].label == .listItem && records[2].marker == "一是" && records[4].label == .listItem)
    #expect(records[5].label == .sourceNote && records[6].label == .sourceNote)
    #expect(records[7].label == .continuation && records[7].label.layer == "furniture")
    #expect(records[8].label == .caption && records[8].credit == "任卫云 摄")
    #expect(records[9].label == .paragraph && records[10].label == .paragraph)
  }

  @Test func titleAfterSourceNoteAndFakeBold() {
    let records = tag(["正文结束了。", "（来源：新华社）", "圆桌峰会发表联合公报", "正文。"])
    #expect(records.map(\.label) == [.paragraph, .sourceNote, .title, .paragraph])
  }

  @Test func titlePrintedAfterItsArticle() {
    var tagger = SectionTagger()
    var records: [SectionRecord] = []
    let lines: [(String, Bool)] = [
      ("第一段正文，讲完了。", false), ("“积分换项目”激活一池春水", false),
      ("北京：山区小学抢修待开学", true), ("受特大暴雨灾害影响，学校受损。", false),
    ]
    for (index, (text, bold)) in lines.enumerated() {
      let paragraph = Paragraph(text: Array(text.unicodeScalars), line: index + 1)
      let line = LayoutLine(paragraph, pageStart: false, emphasized: bold)
      let kind: Block.Kind = line.isHeadingShaped ? .heading : .text
      records += tagger.tag(Block(text: ParagraphText(paragraph), kind: kind, first: line))
    }
    records += tagger.finish()
    #expect(records.map(\.label) == [.paragraph, .title, .title, .paragraph])
    #expect(records.map(\.lines.lowerBound) == [1, 2, 3, 4])
  }
}
