/// One input line's features, from which layout decisions are made.
///
/// Measured once, from the line after the line-level rules, ignoring the spaces extraction
/// inserted (a letter-spaced justified line measures as wide as it was printed). A value
/// without references: the reflow window keeps the lines' text apart (`LineTextWindow`), so
/// a line is measured, handed between threads, kept and compared without an allocation or
/// a reference count of its own. What depends on the lines around it (the blank lines before
/// it, a page break after it) is kept by `Reflow`.
public struct LayoutLine: Sendable, Equatable {
  /// The input line number.
  public let number: Int
  /// Display width (CJK 2, other 1), spaces not counted.
  public let width: Int
  /// Display width of the spaces the line starts with (`　` 2, other spaces 1): a
  /// paragraph's first-line indent when extraction kept it.
  public let indent: Int
  /// How many characters the line has, spaces not counted (its key's length).
  public let keyCount: Int
  /// How many characters the line has.
  public let length: Int
  /// The numbering at the start, if any.
  public let marker: HeadingMarker?
  private let flags: Flags
  /// The features of the characters the paragraph rules in force read (none for an inert
  /// line), so that a paragraph's are known without reading its text again; `all` when
  /// they were not found.
  let ruleFeatures: TextFeatures

  /// The yes-or-no features, one bit each.
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt16
    static let emphasized = Flags(rawValue: 1 << 0)
    static let pageStart = Flags(rawValue: 1 << 1)
    static let endsSentence = Flags(rawValue: 1 << 2)
    static let endsClause = Flags(rawValue: 1 << 3)
    static let hasPunctuation = Flags(rawValue: 1 << 4)
    static let startsWithClosing = Flags(rawValue: 1 << 5)
    static let contentsTitle = Flags(rawValue: 1 << 6)
    static let namedHeading = Flags(rawValue: 1 << 7)
    static let caption = Flags(rawValue: 1 << 8)
    static let figureTitle = Flags(rawValue: 1 << 9)
    static let bareCredit = Flags(rawValue: 1 << 10)
    static let sentenceInside = Flags(rawValue: 1 << 11)
    static let balancedBrackets = Flags(rawValue: 1 << 12)
    static let inert = Flags(rawValue: 1 << 13)

    mutating func set(_ flag: Flags, _ value: Bool) { if value { insert(flag) } }
  }

  /// The line was printed in fake bold (rule `doubled` collapsed it): a heading or title.
  public var isEmphasized: Bool { flags.contains(.emphasized) }
  /// A form feed (page break) came in this line.
  public var pageStart: Bool { flags.contains(.pageStart) }
  /// Ends a sentence: `。！？…` (or ASCII `.!?` after a non-letter), optionally followed by
  /// closing quotes or brackets.
  public var endsSentence: Bool { flags.contains(.endsSentence) }
  /// Ends a sentence or a clause that a line may end on: also `：；`.
  public var endsClause: Bool { flags.contains(.endsClause) }
  /// Contains punctuation of any kind that prose has (`，。、；：！？` and ASCII `,;:!?`).
  public var hasPunctuation: Bool { flags.contains(.hasPunctuation) }
  /// Starts with closing punctuation (`。，、；：！？）》”’`): always the tail of the line before.
  public var startsWithClosing: Bool { flags.contains(.startsWithClosing) }
  /// `目录` alone.
  public var isContentsTitle: Bool { flags.contains(.contentsTitle) }
  /// `前言`, `结束语`, `目录`, `引言`, `后记`: headings by name.
  public var isNamedHeading: Bool { flags.contains(.namedHeading) }
  /// A photo caption or credit (`…摄`, `（资料照片）`), or a figure or table title.
  public var isCaption: Bool { flags.contains(.caption) }
  /// A numbered figure or table title: `图1 2024年各月增速`, `表2：主要指标（单位：亿元）`.
  public var isFigureTitle: Bool { flags.contains(.figureTitle) }
  /// Only a photo credit (`董江辉 摄`).
  public var isBareCredit: Bool { flags.contains(.bareCredit) }
  /// A sentence end before the last character: a run-in heading (`（五）…成效。民心…`).
  public var hasSentenceInside: Bool { flags.contains(.sentenceInside) }
  /// Every opening bracket or quotation mark is closed on the line.
  public var hasBalancedBrackets: Bool { flags.contains(.balancedBrackets) }
  /// No paragraph rule in force would change the line's text (as its reader found it).
  public var isInert: Bool { flags.contains(.inert) }

  /// A line no longer than a heading and without prose punctuation.
  public var isHeadingShaped: Bool { !hasPunctuation && keyCount >= 2 && keyCount <= 40 }

  /// A line whose features were read elsewhere (from its UTF-8 bytes).
  init(
    number: Int, width: Int, indent: Int, keyCount: Int, length: Int, marker: HeadingMarker?, flags: Flags,
    ruleFeatures: TextFeatures
  ) {
    self.number = number
    self.width = width
    self.indent = indent
    self.keyCount = keyCount
    self.length = length
    self.marker = marker
    self.flags = flags
    self.ruleFeatures = ruleFeatures
  }

  /// The features of one line of `paragraph` (its first input line's number).
  public init(_ paragraph: Paragraph, pageStart: Bool, emphasized: Bool = false) {
    self = paragraph.text.withUnsafeBufferPointer {
      LayoutLine($0, number: paragraph.lines.lowerBound, pageStart: pageStart, emphasized: emphasized)
    }
  }

  /// The features of `text`, input line `number`; `inert`: no paragraph rule in force
  /// would change it.
  public init(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, number: Int, pageStart: Bool, emphasized: Bool = false,
    inert: Bool = false
  ) {
    self.init(text, number: number, pageStart: pageStart, emphasized: emphasized, inert: inert, ruleFeatures: .all)
  }

  /// The features of `text`, input line `number`; `inert` as above, `ruleFeatures` those of
  /// its characters the rules read.
  init(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, number: Int, pageStart: Bool, emphasized: Bool, inert: Bool,
    ruleFeatures: TextFeatures
  ) {
    self.ruleFeatures = ruleFeatures
    self.number = number
    var flags: Flags = []
    flags.set(.emphasized, emphasized)
    flags.set(.pageStart, pageStart)
    flags.set(.inert, inert)
    let n = text.count
    length = n
    var start = 0
    while start < n && text[start].isSpaceLike { start += 1 }
    // One pass, a table lookup a character: width, prose punctuation, sentence ends,
    // bracket depth, the characters captions need, the key's length. (Sums over a line
    // held in memory: they cannot overflow.)
    var width = 0
    var count = 0
    var sentenceEnds = 0
    var depth = 0
    var seen: MeasureClass = []
    var first: MeasureClass = []
    MeasureClass.table.withUnsafeBufferPointer { table in
      for c in text {
        let measure = MeasureClass.of(c, in: table)
        let w = measure.width
        width &+= w
        count &+= (w &+ 1) >> 1  // 1 for widths 1 and 2, 0 for a space
        sentenceEnds &+= measure.sentenceEnds
        depth &+= measure.bracketDepth
        seen.formUnion(measure)
      }
      if start < n { first = MeasureClass.of(text[start], in: table) }
    }
    let hasPunctuation = seen.contains(.prosePunctuation)
    let mayBeCaption = seen.contains(.captionCharacter) || first.contains(.figureMark)
    self.keyCount = count
    self.width = width
    flags.set(.hasPunctuation, hasPunctuation)
    flags.set(.balancedBrackets, depth == 0)
    // The last characters, spaces skipped, closing quotes and brackets stepped over.
    var lastSpaceless = n
    while lastSpaceless > 0 && text[lastSpaceless - 1].isSpaceLike { lastSpaceless -= 1 }
    if lastSpaceless > 0 && text[lastSpaceless - 1].traits.contains(.sentenceEnd) { sentenceEnds -= 1 }
    flags.set(.sentenceInside, sentenceEnds > 0)
    var end = lastSpaceless
    while end > 0 && (text[end - 1].traits.contains(.closing) && text[end - 1] != ")" || text[end - 1].isSpaceLike) {
      end -= 1
    }
    let last = end > 0 ? text[end - 1] : nil
    var beforeLast = end - 2
    while beforeLast >= 0 && text[beforeLast].isSpaceLike { beforeLast -= 1 }
    let asciiStop = last == "!" || last == "?"
      || (last == "." && beforeLast >= 0 && !text[beforeLast].isASCIIAlphanumeric)
    let endsSentence = last?.traits.contains(.sentenceEnd) == true || asciiStop
    flags.set(.endsSentence, endsSentence)
    flags.set(.endsClause, endsSentence || last == "：" || last == "；" || last == ":" || last == ";")
    indent = text[..<start].reduce(0) { $0 + ($1 == "\u{3000}" ? 2 : 1) }
    flags.set(.startsWithClosing, start < n && (text[start].traits.contains(.closing) && text[start] != ")"
      || !text[start].traits.isDisjoint(with: .prosePunctuation)))
    marker = HeadingMarker.match(text[start...])
    let shortKey = count <= 3 ? Self.withoutSpaces(text) : []
    flags.set(.contentsTitle, count == 2 && shortKey == Self.contents)
    flags.set(.namedHeading, (2...3).contains(count) && Self.namedHeadings.contains(shortKey))
    if mayBeCaption {
      Self.readCaption(text, start: start, end: end, keyCount: count, hasPunctuation: hasPunctuation, into: &flags)
    }
    self.flags = flags
  }

  /// The caption features, for a line with a character a caption needs: a credit, a figure
  /// or table title, a caption's ending.
  private static func readCaption(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, start: Int, end: Int, keyCount count: Int, hasPunctuation: Bool,
    into flags: inout Flags
  ) {
    var end2 = text.count
    while end2 > 0 && (text[end2 - 1].isSpaceLike || text[end2 - 1] == "\t") { end2 -= 1 }
    let trimmed = text[..<end2]
    let credited = trimmed.contains("摄")  // every credit and caption ending has it
    let isBareCredit = credited && text.last(where: { !$0.isSpaceLike }) == "摄" && count <= 24 && !hasPunctuation
      && trimmed.allSatisfy { $0.isHan || $0.isSpaceLike || $0 == "\t" }
    let isFigureTitle = count <= 60 && isFigureNumbering(text[start...])
      && !text[..<end].contains { $0.traits.contains(.sentenceEnd) }
    flags.set(.bareCredit, isBareCredit)
    flags.set(.figureTitle, isFigureTitle)
    flags.set(.caption, isBareCredit || isFigureTitle || credited && captionEndings.contains { trimmed.hasSuffix($0) }
      || containsIgnoringSpaces(text, archivePhoto))
  }

  /// True when `run` occurs in `text` with its spaces left out (in the line's key).
  static func containsIgnoringSpaces(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ run: [Unicode.Scalar]) -> Bool {
    for i in text.indices where text[i] == run[0] {
      var j = i + 1
      var k = 1
      while k < run.count && j < text.count {
        if text[j].isSpaceLike {
          j += 1
        } else if text[j] == run[k] {
          j += 1
          k += 1
        } else {
          break
        }
      }
      if k == run.count { return true }
    }
    return false
  }

  /// `图1 `, `表2：`, `图3-1 `, `表 4 `: 图 or 表, a number (digits, or Chinese numerals),
  /// then a space or a colon and a title. Not `表1显示，…`, a sentence about the table.
  private static func isFigureNumbering(_ text: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
    guard let mark = text.first, mark == "图" || mark == "表" else { return false }
    var k = text.index(after: text.startIndex)
    if k < text.endIndex && text[k] == " " { k += 1 }
    let digits = k
    while k < text.endIndex
      && (text[k].isASCIIDigit || ChineseNumeral.isNumeral(text[k])
        || k > digits && "-－—.．".unicodeScalars.contains(text[k]) && k + 1 < text.endIndex && text[k + 1].isASCIIDigit)
    {
      k += 1
    }
    guard k > digits, k < text.endIndex, k + 1 < text.endIndex else { return false }
    return text[k].isSpaceLike || text[k] == "：" || text[k] == ":"
  }

  /// `text` without its spaces (the line's key).
  private static func withoutSpaces(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> [Unicode.Scalar] {
    text.filter { !$0.isSpaceLike }
  }

  private static let contents = [Unicode.Scalar]("目录")
  private static let namedHeadings: Set<[Unicode.Scalar]> = Set(
    ["目录", "前言", "结束语", "引言", "后记", "序言", "附录"].map { [Unicode.Scalar]($0) })
  private static let captionEndings = [" 摄", "摄)", "摄）", "摄)。", "摄）。"].map { [Unicode.Scalar]($0) }
  static let archivePhoto = [Unicode.Scalar]("资料照片")
}
