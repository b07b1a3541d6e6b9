/// A block of a document as layout finds it: a paragraph, a heading, a caption, or page
/// furniture, with the features of its first line.
///
/// normalize keeps the text blocks and drops the furniture; tag-sections labels them all.
public struct Block {
  /// What layout takes the block for.
  public enum Kind: Sendable, Equatable {
    /// Body text (a paragraph, or anything not recognised below).
    case text
    /// A stand-alone heading or title: numbered, named, fake-bold, or short and set off.
    case heading
    /// A photo caption or credit.
    case caption
    /// `目录` opening a table of contents.
    case contentsTitle
    /// An entry of a table of contents.
    case contentsEntry
    /// A running header: a repeat of an earlier short line at a page top.
    case runningHeader
    /// A bare page number.
    case pageNumber

    /// Page furniture: not part of the text.
    public var isFurniture: Bool {
      switch self {
      case .contentsTitle, .contentsEntry, .runningHeader, .pageNumber: return true
      case .text, .heading, .caption: return false
      }
    }
  }

  /// The block's text (wrapped lines joined) and its input lines.
  public var text: ParagraphText
  /// The block's text decoded, with its input lines.
  public var paragraph: Paragraph { text.paragraph }
  /// What layout takes it for.
  public var kind: Kind
  /// Its first line's features.
  public let first: LayoutLine
}
