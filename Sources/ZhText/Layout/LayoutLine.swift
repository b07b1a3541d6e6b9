/// One input line with the features layout decisions are made from.
///
/// Features are computed once, from the line after the line-level rules, ignoring the
/// spaces extraction inserted (a letter-spaced justified line measures as wide as it was
/// printed). A class: the reflow window hands lines around many times per decision, and a
/// reference costs one retain where a copy of the struct would retain each of its arrays.
/// What depends on the lines around it (the blank lines before it, a page break after it)
/// is kept by `Reflow`, so a line does not change once measured: it may be measured on one
/// thread and laid out on another, and reading it costs no run-time exclusivity check.
public final class LayoutLine {
  /// The line's text and its input line number.
  public let paragraph: Paragraph
  /// The line was printed in fake bold (rule `doubled` collapsed it): a heading or title.
  public let isEmphasized: Bool
  /// A form feed (page break) came in this line.
  public let pageStart: Bool

  /// Display width (CJK 2, other 1), spaces not counted.
  public let width: Int
  /// Display width of the spaces the line starts with (`　` 2, other spaces 1): a
  /// paragraph's first-line indent when extraction kept it.
  public let indent: Int
  /// The text without spaces: what comparisons (running headers, TOC entries) use. Made
  /// on first use: most lines never need it.
  public private(set) lazy var key: [Unicode.Scalar] = Self.withoutSpaces(paragraph.text)
  /// How many characters the key has.
  public let keyCount: Int
  /// Ends a sentence: `。！？…` (or ASCII `.!?` after a non-letter), optionally followed by
  /// closing quotes or brackets.
  public let endsSentence: Bool
  /// Ends a sentence or a clause that a line may end on: also `：；`.
  public let endsClause: Bool
  /// Contains punctuation of any kind that prose has (`，。、；：！？` and ASCII `,;:!?`).
  public let hasPunctuation: Bool
  /// Starts with closing punctuation (`。，、；：！？）》”’`): always the tail of the line before.
  public let startsWithClosing: Bool
  /// The numbering at the start, if any.
  public let marker: HeadingMarker?
  /// `目录` alone.
  public let isContentsTitle: Bool
  /// `前言`, `结束语`, `目录`, `引言`, `后记`: headings by name.
  public let isNamedHeading: Bool
  /// A photo caption or credit (`…摄`, `（资料照片）`), or a figure or table title.
  public let isCaption: Bool
  /// A numbered figure or table title: `图1 2024年各月增速`, `表2：主要指标（单位：亿元）`.
  public let isFigureTitle: Bool
  /// Only a photo credit (`董江辉 摄`).
  public let isBareCredit: Bool

  /// The features of `paragraph`.
  public init(_ paragraph: Paragraph, pageStart: Bool, emphasized: Bool = false) {
    self.paragraph = paragraph
    self.isEmphasized = emphasized
    self.pageStart = pageStart
    let text = paragraph.text
    let start = text.firstIndex { !$0.isSpaceLike } ?? text.count
    // One pass, a table lookup a character: width, prose punctuation, the characters
    // captions need, the key's length. (Sums of widths of a line held in memory: they
    // cannot overflow.)
    var width = 0
    var count = 0
    var seen: MeasureClass = []
    var first: MeasureClass = []
    MeasureClass.table.withUnsafeBufferPointer { table in
      for c in text {
        let measure = MeasureClass.of(c, in: table)
        let w = measure.width
        width &+= w
        count &+= (w &+ 1) >> 1  // 1 for widths 1 and 2, 0 for a space
        seen.formUnion(measure)
      }
      if start < text.count { first = MeasureClass.of(text[start], in: table) }
    }
    let hasPunctuation = seen.contains(.prosePunctuation)
    let mayBeCaption = seen.contains(.captionCharacter) || first.contains(.figureMark)
    self.keyCount = count
    self.width = width
    self.hasPunctuation = hasPunctuation
    // The last characters, spaces skipped, closing quotes and brackets stepped over.
    var end = text.count
    while end > 0 && text[end - 1].isSpaceLike { end -= 1 }
    while end > 0 && (text[end - 1].traits.contains(.closing) && text[end - 1] != ")" || text[end - 1].isSpaceLike) {
      end -= 1
    }
    let last = end > 0 ? text[end - 1] : nil
    var beforeLast = end - 2
    while beforeLast >= 0 && text[beforeLast].isSpaceLike { beforeLast -= 1 }
    let asciiStop = last == "!" || last == "?"
      || (last == "." && beforeLast >= 0 && !text[beforeLast].isASCIIAlphanumeric)
    endsSentence = last?.traits.contains(.sentenceEnd) == true || asciiStop
    endsClause = endsSentence || last == "：" || last == "；" || last == ":" || last == ";"
    indent = text[..<start].reduce(0) { $0 + ($1 == "\u{3000}" ? 2 : 1) }
    startsWithClosing = start < text.count && (text[start].traits.contains(.closing) && text[start] != ")"
      || !text[start].traits.isDisjoint(with: .prosePunctuation))
    marker = HeadingMarker.match(text[start...])
    let shortKey = count <= 3 ? Self.withoutSpaces(text) : []
    isContentsTitle = count == 2 && shortKey == Self.contents
    isNamedHeading = (2...3).contains(count) && Self.namedHeadings.contains(shortKey)
    guard mayBeCaption else {
      isBareCredit = false
      isCaption = false
      isFigureTitle = false
      return
    }
    var end2 = text.count
    while end2 > 0 && (text[end2 - 1].isSpaceLike || text[end2 - 1] == "\t") { end2 -= 1 }
    let trimmed = text[..<end2]
    let key = Self.withoutSpaces(text)
    isBareCredit = key.last == "摄" && count <= 24 && !hasPunctuation
      && trimmed.allSatisfy { $0.isHan || $0.isSpaceLike || $0 == "\t" }
    isFigureTitle = count <= 60 && Self.isFigureNumbering(text[start...])
      && !text[..<end].contains { $0.traits.contains(.sentenceEnd) }
    isCaption = isBareCredit || isFigureTitle || Self.captionEndings.contains { trimmed.hasSuffix($0) }
      || key.containsRun(Self.archivePhoto)
  }

  /// `图1 `, `表2：`, `图3-1 `, `表 4 `: 图 or 表, a number (digits, or Chinese numerals),
  /// then a space or a colon and a title. Not `表1显示，…`, a sentence about the table.
  private static func isFigureNumbering(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
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

  /// `text` without its spaces; `text` itself (no copy) when it has none, as most lines.
  private static func withoutSpaces(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    let space = text.withUnsafeBufferPointer { ScalarBlock.firstSpace(in: $0, from: 0) }
    return space == text.count ? text : text.filter { !$0.isSpaceLike }
  }

  private static let contents = [Unicode.Scalar]("目录")
  private static let namedHeadings: Set<[Unicode.Scalar]> = Set(
    ["目录", "前言", "结束语", "引言", "后记", "序言", "附录"].map { [Unicode.Scalar]($0) })
  private static let captionEndings = [" 摄", "摄)", "摄）", "摄)。", "摄）。"].map { [Unicode.Scalar]($0) }
  private static let archivePhoto = [Unicode.Scalar]("资料照片")

  /// A line no longer than a heading and without prose punctuation.
  public var isHeadingShaped: Bool { !hasPunctuation && keyCount >= 2 && keyCount <= 40 }
}

