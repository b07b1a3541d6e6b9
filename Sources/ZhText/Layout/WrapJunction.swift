/// Whether a line break falls inside a word: `中国与不少国家发⏎展了友好关系` splits 发展,
/// so the short line before it is a wrapped fragment, not a heading.
///
/// Asks ICU's Chinese word iterator about a few characters either side of the break. The
/// iterator is opened on first use (most documents never ask) and kept for the reader's
/// life; one instance serves one thread.
final class WrapJunction {
  private var iterator: BreakIterator?
  private var unavailable = false
  /// Characters taken from each side of the break.
  static let reach = 4

  /// True when the last Han characters of `left` and the first of `right` join into one
  /// word. False when either side does not meet the break with a Han character, or ICU
  /// cannot be opened.
  func splitsWord(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Bool {
    var end = left.count
    while end > 0 && left[end - 1].isSpaceLike { end -= 1 }
    var start = 0
    while start < right.count && right[start].isSpaceLike { start += 1 }
    guard end > 0, start < right.count, left[end - 1].isHan, right[start].isHan else { return false }
    var before = end - 1
    while before > 0 && end - before < Self.reach && left[before - 1].isHan { before -= 1 }
    var after = start + 1
    while after < right.count && after - start < Self.reach && right[after].isHan { after += 1 }
    let window = Array(left[before..<end]) + Array(right[start..<after])
    guard let iterator = openedIterator() else { return false }
    let junction = end - before
    return !iterator.boundaries(of: window).contains { $0.offset == junction }
  }

  private func openedIterator() -> BreakIterator? {
    if iterator == nil && !unavailable {
      iterator = try? BreakIterator(kind: .word)
      unavailable = iterator == nil
    }
    return iterator
  }
}
