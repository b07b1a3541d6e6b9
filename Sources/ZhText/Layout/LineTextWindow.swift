/// The text of the lines in the reflow window, UTF-8 with stand-ins kept (see
/// `ParagraphText`). A line is either borrowed — read in place where its caller keeps it,
/// until `keepBorrowed()` — or kept here, one line after another in one buffer whose
/// storage is reused as lines come and go: a line costs no allocation of its own, and one
/// laid out while its batch is at hand is never copied at all.
struct LineTextWindow {
  /// Where a line's text is.
  private struct Span {
    /// The text's first byte where it is borrowed; nil when it is in `bytes`.
    var base: UnsafePointer<UInt8>?
    /// Where the text starts in `bytes` (when kept).
    var start: Int
    var count: Int
  }

  /// The text of the lines kept.
  private var bytes: [UInt8] = []
  private var spans: [Span] = []
  /// How many lines at the end of `spans` are borrowed.
  private var borrowed = 0

  /// Adds the next line's text, copied.
  mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
    spans.append(Span(base: nil, start: bytes.count, count: text.count))
    bytes.append(contentsOf: text)
  }

  /// Adds the next line's text, borrowed: it must stay where it is until `keepBorrowed()`.
  mutating func append(borrowing text: UnsafeBufferPointer<UInt8>) {
    spans.append(Span(base: text.baseAddress, start: 0, count: text.count))
    borrowed += 1
  }

  /// Copies the text of the borrowed lines still in the window, which their caller is about
  /// to let go of.
  mutating func keepBorrowed() {
    for k in (spans.count - borrowed)..<spans.count {
      if let base = spans[k].base {
        spans[k] = Span(base: nil, start: bytes.count, count: spans[k].count)
        bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: spans[k].count))
      }
    }
    borrowed = 0
  }

  /// Calls `body` with the text of line `index`, in place.
  @inline(__always)
  func withText<R>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let span = spans[index]
    if let base = span.base { return body(UnsafeBufferPointer(start: base, count: span.count)) }
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span.start..<(span.start + span.count)])) }
  }

  /// Line `index`, measured as `line`, as a paragraph of its own, in the arrays `storage`
  /// holds if any (taken from it).
  func paragraph(of index: Int, line: LayoutLine, storage: inout ParagraphText.Storage?) -> ParagraphText {
    withText(of: index) {
      ParagraphText(
        line: $0, number: line.number, count: line.length, inert: line.isInert, ruleFeatures: line.ruleFeatures,
        storage: &storage)
    }
  }

  /// Line `index`, measured as `line`, as a paragraph of its own.
  func paragraph(of index: Int, line: LayoutLine) -> ParagraphText {
    var storage: ParagraphText.Storage? = nil
    return paragraph(of: index, line: line, storage: &storage)
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

  /// The key running headers are compared by: the line's text without its spaces, built in
  /// `storage` (see `LineKey.init(_:storage:)`).
  func headerKey(of index: Int, storage: inout [UInt8]) -> LineKey {
    withText(of: index) { LineKey($0, storage: &storage) }
  }

  /// The last character of line `index` that is not a space.
  func lastKeyCharacter(of index: Int) -> Unicode.Scalar? {
    withText(of: index) { ValidUTF8.last(in: $0) { !$0.isSpaceLike } }
  }

  /// Forgets the first `count` lines (indices shift down by `count`).
  mutating func removeFirst(_ count: Int) {
    guard count > 0 else { return }
    spans.removeFirst(count)
    borrowed = min(borrowed, spans.count)
    // The kept text before the first line still kept is no longer read.
    let cut = spans.first { $0.base == nil }?.start ?? bytes.count
    bytes.removeFirst(cut)
    for k in spans.indices where spans[k].base == nil { spans[k].start &-= cut }
  }

  /// Forgets every line, keeping the storage.
  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    spans.removeAll(keepingCapacity: true)
    borrowed = 0
  }
}
