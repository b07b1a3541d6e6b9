/// The text of the lines in the reflow window, one line after another in one buffer, so that
/// a line kept for layout costs no allocation of its own and the buffer's storage is reused
/// as lines come and go.
struct LineTextWindow {
  private var scalars: [Unicode.Scalar] = []
  /// Where each line's text ends in `scalars`.
  private var ends: [Int] = []

  /// How many lines it holds.
  var count: Int { ends.count }

  /// Adds the next line's text.
  mutating func append(_ text: UnsafeBufferPointer<Unicode.Scalar>) {
    scalars.append(contentsOf: text)
    ends.append(scalars.count)
  }

  /// Where line `index`'s text lies in the buffer.
  private func range(of index: Int) -> Range<Int> {
    (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  /// Calls `body` with the text of line `index`, in place.
  @inline(__always)
  func withText<R>(of index: Int, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R {
    let range = range(of: index)
    return scalars.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// Line `index` as a paragraph of its own.
  func paragraph(of index: Int, number: Int) -> Paragraph {
    Paragraph(text: Array(scalars[range(of: index)]), line: number)
  }

  /// The text of line `index` without its spaces (what running headers and page numbers
  /// are compared by).
  func key(of index: Int) -> [Unicode.Scalar] {
    withText(of: index) { LayoutLine.withoutSpaces($0) }
  }

  /// The last character of line `index` that is not a space.
  func lastKeyCharacter(of index: Int) -> Unicode.Scalar? {
    scalars[range(of: index)].last { !$0.isSpaceLike }
  }

  /// Forgets the first `count` lines (indices shift down by `count`).
  mutating func removeFirst(_ count: Int) {
    guard count > 0 else { return }
    let cut = ends[count - 1]
    scalars.removeFirst(cut)
    ends.removeFirst(count)
    for k in ends.indices { ends[k] &-= cut }
  }

  /// Forgets every line, keeping the storage.
  mutating func removeAll() {
    scalars.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
  }
}
