/// An input line made ready for layout on one thread, to be laid out on another: the line
/// rules applied, and measured — or its measuring left to the thread that lays it out,
/// when that thread has time to spare. Either way `measured` is the same.
public enum PreparedLine {
  /// A measured line (nil: a blank line), and whether a form feed came in it.
  case measured(LayoutLine?, pageBreak: Bool)
  /// A line the line rules have cleaned, not yet measured: its text, whether a page starts
  /// there and whether rule `doubled` collapsed it.
  case cleaned(Paragraph, pageStart: Bool, emphasized: Bool)

  /// The line measured for layout (nil: a blank line), and whether a form feed came in it.
  @inline(__always)
  public var measured: (line: LayoutLine?, pageBreak: Bool) {
    switch self {
    case .measured(let line, let pageBreak): (line, pageBreak)
    case .cleaned(let paragraph, let pageStart, let emphasized):
      (BlockReader.measure(paragraph, pageStart: pageStart, emphasized: emphasized), pageStart)
    }
  }
}
