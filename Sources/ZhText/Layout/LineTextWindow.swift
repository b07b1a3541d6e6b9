/// The text of the lines in the reflow window, UTF-8 with stand-ins kept (see
/// `ParagraphText`), one line after another in one buffer, so that a line kept for layout
/// costs no allocation of its own and the buffer's storage is reused as lines come and go.
struct LineTextWindow {
  private var bytes: [UInt8] = []
  /// Where each line's text ends in `bytes`.
  private var ends: [Int] = []

  /// Adds the next line's text.
  mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: text)
    ends.append(bytes.count)
  }

  /// Where line `index`'s text lies in the buffer.
  private func range(of index: Int) -> Range<Int> {
    (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  /// Calls `body` with the text of line `index`, in place.
  @inline(__always)
  func withText<R>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let range = range(of: index)
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// Line `index`, measured as `line`, as a paragraph of its own.
  func paragraph(of index: Int, line: LayoutLine) -> ParagraphText {
    withText(of: index) {
      ParagraphText(
        line: $0, number: line.number, count: line.length, inert: line.isInert, ruleFeatures: line.ruleFeatures)
    }
  }

  /// The characters of line `index`.
  func scalars(of index: Int) -> [Unicode.Scalar] { withText(of: index, ValidUTF8.decode) }

  /// The characters of line `index` without its spaces (what page numbers are read from).
  func key(of index: Int) -> [Unicode.Scalar] {
    withText(of: index) { text in
      var key: [Unicode.Scalar] = []
      key.reserveCapacity(text.count)
      var i = 0
      while i < text.count {
        let (c, next) = ValidUTF8.scalar(at: i, in: text)
        if !c.isSpaceLike { key.append(c) }
        i = next
      }
      return key
    }
  }

  /// The key running headers are compared by: the line's text without its spaces.
  func headerKey(of index: Int) -> LineKey { withText(of: index, LineKey.init) }

  /// The last character of line `index` that is not a space.
  func lastKeyCharacter(of index: Int) -> Unicode.Scalar? {
    withText(of: index) { ValidUTF8.last(in: $0) { !$0.isSpaceLike } }
  }

  /// Forgets the first `count` lines (indices shift down by `count`).
  mutating func removeFirst(_ count: Int) {
    guard count > 0 else { return }
    let cut = ends[count - 1]
    bytes.removeFirst(cut)
    ends.removeFirst(count)
    for k in ends.indices { ends[k] &-= cut }
  }

  /// Forgets every line, keeping the storage.
  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
  }
}
