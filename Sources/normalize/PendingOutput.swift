import ZhText

/// What normalize has read but not yet written, in input order: lines measured for layout,
/// lines awaiting the paragraph rules, and lines passed through verbatim (their bytes kept
/// one after another in one buffer, so a verbatim line costs no allocation of its own).
struct PendingOutput {
  /// One output paragraph.
  enum Piece {
    /// A finished paragraph.
    case paragraph(Paragraph)
    /// A line the paragraph rules have yet to see (`--no-reflow`: the stage applies them).
    case awaitingRules(Paragraph)
    /// A line written as it was read: its range in `bytes`.
    case verbatim(Range<Int>)
    /// A line measured for layout (nil: a blank line).
    case measured(LayoutLine?)
  }

  private(set) var pieces: [Piece] = []
  private(set) var bytes: [UInt8] = []

  var isEmpty: Bool { pieces.isEmpty }

  mutating func append(_ paragraph: Paragraph) { pieces.append(.paragraph(paragraph)) }

  mutating func append(awaitingRules line: Paragraph) { pieces.append(.awaitingRules(line)) }

  mutating func append(measured line: LayoutLine?) { pieces.append(.measured(line)) }

  mutating func append(verbatim line: UnsafeBufferPointer<UInt8>) {
    pieces.append(.verbatim(bytes.count..<(bytes.count + line.count)))
    bytes.append(contentsOf: line)
  }

  mutating func removeAll() {
    pieces.removeAll(keepingCapacity: true)
    bytes.removeAll(keepingCapacity: true)
  }
}
