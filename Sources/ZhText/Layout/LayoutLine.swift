/// One input line with the features layout decisions are made from.
///
/// Features are computed once, from the line after the line-level rules, ignoring the
/// spaces extraction inserted (a letter-spaced justified line measures as wide as it was
/// printed).
public struct LayoutLine: Sendable {
  /// The line's text and its input line number.
  public var paragraph: Paragraph
  /// The line was printed in fake bold (rule `doubled` collapsed it): a heading or title.
  public var isEmphasized: Bool
  /// Blank lines between this line and the previous non-blank one.
  public var gapBefore: Int
  /// A form feed (page break) came before this line.
  public var pageStart: Bool

  /// Display width (CJK 2, other 1), spaces not counted.
  public let width: Int
  /// The text without spaces: what comparisons (running headers, TOC entries) use.
  public let key: [Unicode.Scalar]
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
  /// A photo caption or credit (`…摄`, `（资料照片）`).
  public let isCaption: Bool
  /// Only a photo credit (`董江辉 摄`).
  public let isBareCredit: Bool

  /// The features of `paragraph`.
  public init(_ paragraph: Paragraph, gapBefore: Int, pageStart: Bool, emphasized: Bool = false) {
    self.paragraph = paragraph
    self.isEmphasized = emphasized
    self.gapBefore = gapBefore
    self.pageStart = pageStart
    let key = paragraph.text.filter { !$0.isSpaceLike }
    self.key = key
    width = key.reduce(0) { $0 + $1.displayWidth }
    var end = key.count
    while end > 0 && key[end - 1].traits.contains(.closing) && key[end - 1] != ")" { end -= 1 }
    let last = end > 0 ? key[end - 1] : nil
    let asciiStop = last.map { "!?".unicodeScalars.contains($0) } ?? false
      || (last == "." && end >= 2 && !key[end - 2].isASCIIAlphanumeric)
    endsSentence = last?.traits.contains(.sentenceEnd) == true || asciiStop
    endsClause = endsSentence || last.map { "：；:;".unicodeScalars.contains($0) } ?? false
    hasPunctuation = key.contains { $0.traits.contains(.sentenceEnd) || $0.traits.contains(.clauseEnd) || ",;:!?".unicodeScalars.contains($0) }
    startsWithClosing = key.first.map { "。，、；：！？）》”’」』】".unicodeScalars.contains($0) } ?? false
    marker = HeadingMarker.match(key)
    let keyString = String(String.UnicodeScalarView(key))
    isContentsTitle = keyString == "目录"
    isNamedHeading = ["目录", "前言", "结束语", "引言", "后记", "序言", "附录"].contains(keyString)
    let text = String(String.UnicodeScalarView(paragraph.text)).trimmingSpaces
    isBareCredit = text.hasSuffix("摄") && text.count <= 24 && !hasPunctuation
      && text.unicodeScalars.allSatisfy { $0.isHan || $0 == " " }
    isCaption = isBareCredit || text.hasSuffix(" 摄") || text.hasSuffix("摄)") || text.hasSuffix("摄）")
      || text.hasSuffix("摄)。") || text.contains("资料照片")
  }

  /// A line no longer than a heading and without prose punctuation.
  public var isHeadingShaped: Bool { !hasPunctuation && key.count >= 2 && key.count <= 40 }
}

extension String {
  /// The string without leading and trailing spaces (U+0020, U+00A0, U+3000, tab).
  var trimmingSpaces: String {
    let scalars = Array(unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end && (scalars[start].isSpaceLike || scalars[start] == "\t") { start += 1 }
    while end > start && (scalars[end - 1].isSpaceLike || scalars[end - 1] == "\t") { end -= 1 }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }
}
