/// What a block of a document is, as tag-sections labels it (Docling/DocLayNet names where
/// one exists).
public enum SectionLabel: String, Sendable, CaseIterable {
  case title, subtitle, dateline, byline, heading
  case runinHeading = "runin_heading"
  case toc
  case tocEntry = "toc_entry"
  case paragraph
  case listItem = "list_item"
  case caption
  case sourceNote = "source_note"
  case continuation
  case pageHeader = "page_header"
  case pageFooter = "page_footer"
  case footnote, table, other

  /// Page furniture, or body text.
  public var layer: String {
    switch self {
    case .toc, .tocEntry, .continuation, .pageHeader, .pageFooter: return "furniture"
    default: return "body"
    }
  }
}

/// One labelled block.
public struct SectionRecord: Equatable, Sendable {
  /// Input lines it spans.
  public var lines: ClosedRange<Int>
  /// Its label.
  public var label: SectionLabel
  /// Ladder level of a heading, run-in heading, list item or TOC entry.
  public var level: Int?
  /// The numbering that opens it (`一、`, `（一）`, `1.`).
  public var marker: String?
  /// A heading's text, normalised (for run-in headings: the heading sentence).
  public var heading: String?
  /// The enclosing headings, outermost first (a heading's own path ends with itself).
  public var path: [String]
  /// The block's text, wrapped lines joined, otherwise as written.
  public var text: [Unicode.Scalar]
  /// A run-in lead sentence of a paragraph (`卫生健康合作成效显著。`), normalised.
  public var lead: String?
  /// The photo credit of a caption (`新华社记者 鞠焕宗 摄`).
  public var credit: String?
}
