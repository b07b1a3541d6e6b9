/// Labels the blocks of one document and keeps the stack of enclosing headings.
///
/// Levels follow the numbering ladder of Chinese official documents (GB/T 9704): `一、` 1,
/// `（一）` 2, `1.` 3, `（1）` 4, `①` 5, from the marker's type, not its order; `第X部分` −3,
/// `第X章` −2, `第X节` −1, `第X条` 0 form a ladder above; unnumbered headings and `前言`/
/// `结束语` are level 1. A title is the document's opening heading, a fake-bold heading, or
/// a heading after a source note (articles whose titles are printed after their bodies are
/// labelled, not reordered); blocks right after a title are its dateline, byline or subtitle.
public struct SectionTagger {
  private let rules: ParagraphRules
  private var stack: [(level: Int, heading: String)] = []
  private var previous: SectionLabel?
  private var afterTitle = 0
  private var sawBody = false

  /// A tagger; headings are normalised with normalize's character rules.
  public init() {
    var options = NormalizeOptions()
    options.rules = Set(RuleID.defaults).subtracting(RuleID.layout)
    rules = ParagraphRules(options: options)
  }

  /// A block for a record of another filter (already a paragraph): its kind from its
  /// own features, as layout would judge a line standing alone.
  public static func block(forRecord text: [Unicode.Scalar], lines: ClosedRange<Int>) -> Block {
    var paragraph = Paragraph(text: text, line: lines.lowerBound)
    if lines.upperBound != lines.lowerBound { paragraph.markLineStart(lines.upperBound, at: text.count) }
    let line = LayoutLine(paragraph, pageStart: false)
    let kind: Block.Kind
    if line.isCaption {
      kind = .caption
    } else if line.isNamedHeading || line.isHeadingShaped
      || (line.marker != nil && !line.endsSentence && !line.hasSentenceInside && line.keyCount <= 60)
    {
      kind = .heading
    } else {
      kind = .text
    }
    return Block(text: ParagraphText(paragraph), kind: kind, first: line)
  }

  /// The records ready after `block`: usually its own; an unnumbered heading waits for the
  /// next block, because a title right after it shows it was the title of the article
  /// before, printed after its body (`“积分换项目”激活一池春水` then `北京：山区小学…`).
  public mutating func tag(_ block: Block) -> [SectionRecord] {
    let record = label(block)
    var ready: [SectionRecord] = []
    if var waiting = pending {
      if record.label == .title {
        waiting.label = .title
        waiting.level = nil
        waiting.path = []
      }
      ready.append(waiting)
      pending = nil
    }
    if record.label == .heading && record.marker == nil {
      pending = record
    } else {
      ready.append(record)
    }
    return ready
  }

  /// The record still waiting at the end of the document.
  public mutating func finish() -> [SectionRecord] {
    defer { pending = nil }
    return pending.map { [$0] } ?? []
  }

  private var pending: SectionRecord?

  /// The record of `block`, labelled on what came before it.
  private mutating func label(_ block: Block) -> SectionRecord {
    let paragraph = block.paragraph
    let text = paragraph.text
    var record = SectionRecord(
      lines: paragraph.lines, label: .paragraph, level: nil, marker: nil, heading: nil,
      path: [], text: text, lead: nil, credit: nil)
    let first = block.first
    let key = Self.trimmedKey(text)
    let marker = HeadingMarker.match(key)
    switch block.kind {
    case .contentsTitle:
      record.label = .toc
    case .contentsEntry:
      record.label = .tocEntry
      record.level = marker.map { Self.level($0, in: text) } ?? 1
      record.marker = marker.map { Self.markerText(text, $0) }
    case .runningHeader:
      record.label = .pageHeader
    case .pageNumber:
      record.label = .pageFooter
    case .caption:
      record.label = .caption
      record.credit = Self.credit(text)
    case .heading, .text:
      classify(&record, block: block, key: key, marker: marker, first: first)
    }
    if record.label == .heading || record.label == .runinHeading, let level = record.level, let heading = record.heading {
      while let top = stack.last, top.level >= level { stack.removeLast() }
      stack.append((level, heading))
    }
    record.path = stack.map(\.heading)
    if record.label.layer != "furniture" { previous = record.label }
    return record
  }

  private mutating func classify(
    _ record: inout SectionRecord, block: Block, key: [Unicode.Scalar], marker: HeadingMarker?, first: LayoutLine
  ) {
    let text = record.text
    var normalized: String { normalise(text) }  // only headings and titles need it
    if Self.isContinuation(key) {
      record.label = .continuation
      return
    }
    if Self.isSourceNote(key) {
      record.label = .sourceNote
      afterTitle = 0
      return
    }
    if Self.isPhotoCaption(key) {
      record.label = .caption  // 图为…, …合影
      return
    }
    // Right after a title: dateline, byline, subtitle.
    if (1...3).contains(afterTitle) && (block.kind == .heading || Self.isDateline(key) || Self.isByline(key)) {
      if Self.isDateline(key) {
        record.label = .dateline
      } else if Self.isByline(key) {
        record.label = .byline
      } else if afterTitle == 1 && marker == nil && !first.isNamedHeading {
        record.label = .subtitle
      }
      if record.label != .paragraph {
        afterTitle += 1
        return
      }
    }
    afterTitle = 0
    if first.isEmphasized && key.count <= 50 && !first.hasSentenceInside {
      record.label = .title  // printed in fake bold
      record.heading = normalized
      stack.removeAll()
      afterTitle = 1
      sawBody = false
      return
    }
    if previous == .sourceNote && !first.endsSentence && !first.hasSentenceInside && key.count <= 50 {
      record.label = .title  // the next article's headline
      record.heading = normalized
      stack.removeAll()
      afterTitle = 1
      sawBody = false
      return
    }
    if block.kind == .text, let credit = Self.credit(text), key.count > credit.count + 2 {
      record.label = .caption  // a photo story: text ending in a credit
      record.credit = credit
      return
    }
    if let marker {
      let level = Self.level(marker, in: text)
      let markerText = Self.markerText(text, marker)
      if marker.kind == .circled && block.kind != .heading {
        record.label = .listItem
        record.level = level
        record.marker = markerText
        sawBody = true
        return
      }
      if block.kind == .heading || !first.hasSentenceInside && !first.endsSentence && key.count <= 40 {
        record.label = .heading
        record.level = level
        record.marker = markerText
        record.heading = normalized
        return
      }
      if let end = Self.firstSentenceEnd(key), end <= 60 {
        record.label = .runinHeading
        record.level = level
        record.marker = markerText
        record.heading = normalise(Array(key[..<(end + 1)]))
        sawBody = true
        return
      }
    }
    if let enumeration = Self.enumerationMarker(key) {
      record.label = .listItem
      record.marker = enumeration
      sawBody = true
      return
    }
    if first.isNamedHeading {
      record.label = key == Array("目录".unicodeScalars) ? .toc : .heading
      record.level = 1
      record.heading = normalized
      return
    }
    let opening = !sawBody && previous == nil
    if opening && block.kind == .text && !first.endsSentence && !first.hasSentenceInside && key.count <= 50 {
      record.label = .title  // a punctuated headline opening the document: 共建“一带一路”：构建…
      record.heading = normalized
      afterTitle = 1
      return
    }
    if block.kind == .heading {
      if opening || previous == .sourceNote || previous == .caption && !sawBody {
        record.label = .title
        record.heading = normalized
        stack.removeAll()
        afterTitle = 1
        sawBody = false
        return
      }
      record.label = .heading
      record.level = 1
      record.heading = normalized
      return
    }
    record.label = .paragraph
    record.lead = Self.lead(key).map(normalise)
    sawBody = true
  }

  private func normalise(_ text: [Unicode.Scalar]) -> String {
    var paragraph = Paragraph(text: text, line: 0)
    var log: [Change]?
    rules.cleanLine(&paragraph, log: &log)
    rules.apply(to: &paragraph, log: &log)
    return paragraph.text.string
  }

  // MARK: Recognisers (pure)

  static func trimmedKey(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    text.contains { $0.isSpaceLike } ? text.filter { !$0.isSpaceLike } : text  // most have no space
  }

  /// The ladder level: the marker's, and for `第X…` its unit: 部分/编 −3, 章 −2, 节 −1, 条 0.
  static func level(_ marker: HeadingMarker, in text: [Unicode.Scalar]) -> Int {
    guard marker.kind == .chapter else { return marker.level }
    let key = trimmedKey(text)
    switch key[min(key.count, marker.length) - 1] {
    case "章": return -2
    case "节": return -1
    case "条": return 0
    default: return -3
    }
  }

  static func markerText(_ text: [Unicode.Scalar], _ marker: HeadingMarker) -> String {
    Array(trimmedKey(text).prefix(marker.length)).string
  }

  static func firstSentenceEnd(_ key: [Unicode.Scalar]) -> Int? {
    key.firstIndex { $0.traits.contains(.sentenceEnd) }
  }

  static func isContinuation(_ key: [Unicode.Scalar]) -> Bool {
    ContinuationRule.match(key, at: 0) == key.count && !key.isEmpty
  }

  /// `（来源：…）`, `（原载于…）`, `（新华社北京10月10日电）`, `来源：…`.
  static func isSourceNote(_ key: [Unicode.Scalar]) -> Bool {
    guard let first = key.first, first == "（" || first == "(" || first == "来" else { return false }
    let s = key.string
    let bracketed = (s.hasPrefix("（") || s.hasPrefix("(")) && (s.hasSuffix("）") || s.hasSuffix(")"))
    if bracketed && (s.contains("来源") || s.contains("原载") || s.hasSuffix("电）") || s.hasSuffix("电)") || s.contains("转载")) {
      return true
    }
    return s.hasPrefix("来源：") || s.hasPrefix("（来源")
  }

  /// `图为…`, `…合影`: a photo caption without a credit.
  static func isPhotoCaption(_ key: [Unicode.Scalar]) -> Bool {
    guard key.count <= 60, !key.dropLast().contains(where: { $0.traits.contains(.sentenceEnd) }) else { return false }
    let s = key.string
    return s.hasPrefix("图为") || s.hasPrefix("图：") || s.hasSuffix("合影") || s.hasSuffix("合影。")
  }

  /// `(2023年10月)`: a bracketed date alone.
  static func isDateline(_ key: [Unicode.Scalar]) -> Bool {
    guard key.count <= 48 else { return false }
    let s = key.string
    guard (s.hasPrefix("（") || s.hasPrefix("(")) && (s.hasSuffix("）") || s.hasSuffix(")")) else {
      return false
    }
    if key.count <= 16 { return s.contains("年") && key.contains { $0.isASCIIDigit || ChineseNumeral.digit($0) != nil } }
    // `（2026年1月15日在市第十六届人民代表大会第五次会议上）`: a date first, then the occasion.
    let year = key.dropFirst().prefix { $0.isASCIIDigit || ChineseNumeral.digit($0) != nil }
    return year.count == 4 && key.count > 5 && key[5] == "年"
  }

  /// An issuing body, an author or a reporter line.
  static func isByline(_ key: [Unicode.Scalar]) -> Bool {
    guard key.count <= 30, !key.contains(where: { $0.traits.contains(.sentenceEnd) }) else { return false }
    let s = key.string
    return ["办公室", "委员会", "国务院", "人民政府", "记者", "作者", "编辑", "通讯员", "研究院", "部", "局"].contains {
      s.hasSuffix($0) || s.hasPrefix($0)
    } || s.hasPrefix("文/") || s.hasPrefix("作者：")
      || ["本报", "本刊", "新华社", "特约"].contains { s.hasPrefix($0 + "记者") || s.hasPrefix($0 + "通讯员") }
  }

  /// `一是`, `二是`…, `1)`, `•`: an enumeration at the start of a block.
  static func enumerationMarker(_ key: [Unicode.Scalar]) -> String? {
    var k = 0
    while k < key.count && k < 3 && ChineseNumeral.digit(key[k]) != nil || k < key.count && key[k] == "十" { k += 1 }
    if k > 0 && k < key.count && key[k] == "是" { return Array(key[...k]).string }
    if let first = key.first, "•·●▪◆-".unicodeScalars.contains(first) { return String(first) }
    if key.count > 2, key[0].isASCIIDigit, key[1] == ")" || key[1] == "）" { return Array(key[...1]).string }
    return nil
  }

  /// A run-in lead: a short first sentence without a comma, followed by more text.
  static func lead(_ key: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    guard let end = firstSentenceEnd(key), end >= 4, end <= 20, end + 1 < key.count,
      key[..<end].allSatisfy({ $0 != "，" && $0 != "," && $0 != "、" && $0 != "：" && $0 != "“" })
    else { return nil }
    return Array(key[...end])
  }

  /// The trailing credit of a caption: `任卫云 摄`, `新华社记者 鞠焕宗 摄`.
  static func credit(_ text: [Unicode.Scalar]) -> String? {
    var end = text.count
    while end > 0 && text[end - 1].isSpaceLike { end -= 1 }
    guard end > 0, text[end - 1] == "摄" else { return nil }
    var start = end - 1
    while start > 0 && (text[start - 1].isHan || text[start - 1] == " ") { start -= 1 }
    let credit = Array(text[start..<end]).string
    return credit.count > 1 ? credit.trimmingLeadingSpaces : nil
  }
}

extension String {
  var trimmingLeadingSpaces: String {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    return String(s)
  }
}
