/// What the lines around a position say about the page: the column width and whether the
/// text is hard-wrapped and blank-line interleaved.
///
/// Measured on a window of neighbouring lines rather than the whole document, so a sidebar,
/// a narrower page or a section set in a different style is judged on its own lines.
struct LocalLayout {
  /// The typical width of a full line: the median width of the long lines that end
  /// mid-sentence (such a line can only have ended because the column did).
  let column: Int
  /// At least 40 % of the full-width lines with punctuation end mid-sentence: line ends
  /// carry no meaning.
  let hardWrapped: Bool
  /// Most gaps between lines are exactly one blank line: a single blank line means nothing.
  let interleaved: Bool

  /// How many lines on each side are looked at.
  static let radius = 16

  init(_ lines: ArraySlice<LayoutLine>) {
    let widths = lines.map(\.width).sorted()
    let wide = widths.isEmpty ? 0 : widths[(widths.count - 1) * 9 / 10]
    // Full lines: at least 80 % of the 90th-percentile width.
    let long = lines.filter { $0.width >= wide * 8 / 10 }
    let midSentence = long.filter { !$0.endsClause }.map(\.width).sorted()
    hardWrapped = long.count >= 3 && midSentence.count * 10 >= long.count * 4
    column = midSentence.isEmpty ? wide : midSentence[midSentence.count / 2]
    let gaps = lines.dropFirst().map(\.gapBefore)
    interleaved = !gaps.isEmpty && gaps.filter { $0 == 1 }.count * 10 >= gaps.count * 6
  }

  /// A line this much narrower than the column is short (a paragraph's last line).
  var shortfall: Int { max(4, column / 10) }
  /// A line this much narrower than the column may have lost its first-line indent.
  var indent: Int { max(2, column / 12) }
}
