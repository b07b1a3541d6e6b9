/// One input line with the features layout decisions are made from.
///
/// Features are computed once, from the line after the line-level rules, ignoring the
/// spaces extraction inserted (a letter-spaced justified line measures as wide as it was
/// printed). A class: the reflow window hands lines around many times per decision, and a
/// reference costs one retain where a copy of the struct would retain each of its arrays.
public final class LayoutLine {
  /// The line's text and its input line number.
  public let paragraph: Paragraph
  /// The line was printed in fake bold (rule `doubled` collapsed it): a heading or title.
  public let isEmphasized: Bool
  /// Blank lines between this line and the previous non-blank one.
  public let gapBefore: Int
  /// A form feed (page break) came before this line.
  public let pageStart: Bool

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
    // One pass: the key, its width, prose punctuation, and the characters captions need.
    var key: [Unicode.Scalar] = []
    key.reserveCapacity(paragraph.text.count)
    var width = 0
    var hasPunctuation = false
    var mayBeCaption = false
    for c in paragraph.text where !c.isSpaceLike {
      key.append(c)
      width += c.displayWidth
      if !hasPunctuation && Self.isProsePunctuation(c) { hasPunctuation = true }
      if c == "摄" || c == "资" { mayBeCaption = true }
    }
    self.key = key
    self.width = width
    self.hasPunctuation = hasPunctuation
    var end = key.count
    while end > 0 && key[end - 1].traits.contains(.closing) && key[end - 1] != ")" { end -= 1 }
    let last = end > 0 ? key[end - 1] : nil
    let asciiStop = last == "!" || last == "?"
      || (last == "." && end >= 2 && !key[end - 2].isASCIIAlphanumeric)
    endsSentence = last?.traits.contains(.sentenceEnd) == true || asciiStop
    endsClause = endsSentence || last == "：" || last == "；" || last == ":" || last == ";"
    startsWithClosing = key.first.map {
      $0.traits.contains(.closing) && $0 != ")" || !$0.traits.isDisjoint(with: [.sentenceEnd, .clauseEnd])
    } ?? false
    marker = HeadingMarker.match(key)
    isContentsTitle = key == Self.contents
    isNamedHeading = key.count <= 3 && key.count >= 2 && Self.namedHeadings.contains(key)
    guard mayBeCaption else {
      isBareCredit = false
      isCaption = false
      return
    }
    var end2 = paragraph.text.count
    while end2 > 0 && (paragraph.text[end2 - 1].isSpaceLike || paragraph.text[end2 - 1] == "\t") { end2 -= 1 }
    let text = paragraph.text[..<end2]
    isBareCredit = key.last == "摄" && key.count <= 24 && !hasPunctuation
      && text.allSatisfy { $0.isHan || $0.isSpaceLike || $0 == "\t" }
    isCaption = isBareCredit || Self.captionEndings.contains { text.hasSuffix($0) }
      || key.containsRun(Self.archivePhoto)
  }

  @inline(__always)
  private static func isProsePunctuation(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case ",", ";", ":", "!", "?": return true
    default: return c.value >= 0x2000 && !c.traits.isDisjoint(with: [.sentenceEnd, .clauseEnd])
    }
  }

  private static let contents = [Unicode.Scalar]("目录")
  private static let namedHeadings: Set<[Unicode.Scalar]> = Set(
    ["目录", "前言", "结束语", "引言", "后记", "序言", "附录"].map { [Unicode.Scalar]($0) })
  private static let captionEndings = [" 摄", "摄)", "摄）", "摄)。", "摄）。"].map { [Unicode.Scalar]($0) }
  private static let archivePhoto = [Unicode.Scalar]("资料照片")

  /// A line no longer than a heading and without prose punctuation.
  public var isHeadingShaped: Bool { !hasPunctuation && key.count >= 2 && key.count <= 40 }
}

