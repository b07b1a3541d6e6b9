import ZhText

/// What normalize has read but not yet written, in input order: finished paragraphs, lines
/// awaiting the paragraph rules and lines passed through verbatim — or, under reflow, where
/// nothing else is pending, lines prepared for layout.
///
/// Verbatim lines keep their bytes one after another in one buffer, so a verbatim line
/// costs no allocation of its own.
struct PendingOutput {
  /// One piece of output.
  enum Piece {
    /// A finished paragraph.
    case finished(ParagraphText)
    /// A line repaired under `--no-reflow`.
    case repaired(Paragraph)
    /// Input line `number`, which the rules have yet to see (`--no-reflow`: the stage
    /// applies them).
    case awaitingRules(text: [Unicode.Scalar], number: Int)
    /// A line written as it was read: its range in `bytes`.
    case verbatim(Range<Int>)
  }

  private(set) var pieces: [Piece] = []
  private(set) var bytes: [UInt8] = []
  /// Lines prepared for layout, all laid out in one call.
  private(set) var prepared = PreparedLines()

  var isEmpty: Bool { pieces.isEmpty && prepared.isEmpty }

  /// Nothing pending.
  init() {}

  /// Nothing pending, with room for what a read of `capacity` bytes usually brings, so that
  /// filling it does not regrow its buffers.
  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
    prepared.reserveCapacity(bytes: capacity)
  }

  mutating func append(_ paragraph: ParagraphText) { pieces.append(.finished(paragraph)) }

  mutating func append(repaired line: Paragraph) { pieces.append(.repaired(line)) }

  mutating func append(awaitingRules text: [Unicode.Scalar], number: Int) {
    pieces.append(.awaitingRules(text: text, number: number))
  }

  /// Prepares input line `number` for layout (see `PreparedLines`).
  mutating func prepare(_ line: [Unicode.Scalar], number: Int, rules: ParagraphRules, classes: LineClasses) {
    var log: [Change]? = nil
    prepared.append(line, number: number, rules: rules, classes: classes, log: &log)
  }

  /// Plans the layouts of the lines prepared (see `PreparedLines.planLayouts`).
  mutating func planLayouts(with planner: inout LayoutPlanner, documentEnds: Bool) {
    prepared.planLayouts(with: &planner, documentEnds: documentEnds)
  }

  /// Prepares input line `number` from its UTF-8 bytes; false when they are not valid UTF-8
  /// (see `PreparedLines`).
  mutating func prepare(utf8 bytes: UnsafeBufferPointer<UInt8>, number: Int, rules: ParagraphRules, classes: LineClasses) -> Bool {
    var log: [Change]? = nil
    return prepared.append(utf8: bytes, number: number, rules: rules, classes: classes, log: &log)
  }

  mutating func append(verbatim line: UnsafeBufferPointer<UInt8>) {
    pieces.append(.verbatim(bytes.count..<(bytes.count + line.count)))
    bytes.append(contentsOf: line)
  }

  mutating func removeAll() {
    pieces.removeAll(keepingCapacity: true)
    bytes.removeAll(keepingCapacity: true)
    prepared.removeAll()
  }
}
