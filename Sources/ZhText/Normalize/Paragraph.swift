/// A block of text that normalize emits as one output line, with the span of original
/// input lines it came from.
///
/// Its line starts map offsets in `text` back to input lines: the text starts on the first
/// line, and each later start says that the text from `offset` on came from input line
/// `line`. Rules keep them current as they edit, so every change can be reported against
/// the line it happened on.
public struct Paragraph: Equatable, Sendable {
  /// The paragraph's text, without a line end.
  public var text: [Unicode.Scalar]
  /// The input line the text starts on (at offset 0).
  private var firstLine: Int
  /// (offset, input line) for each joined line after the first: empty — no allocation —
  /// for the one-line paragraphs every input line starts as.
  private var laterStarts: [(offset: Int, line: Int)] = []

  /// A paragraph made of one input line.
  public init(text: [Unicode.Scalar], line: Int) {
    self.text = text
    self.firstLine = line
  }

  /// A paragraph of `text` starting on input line `line`, whose text from each `offset` of
  /// `laterStarts` on came from its `line` (offsets ascending).
  init(text: [Unicode.Scalar], line: Int, laterStarts: [(offset: Int, line: Int)]) {
    self.text = text
    self.firstLine = line
    self.laterStarts = laterStarts
  }

  /// Records that the text from `offset` on came from input line `line` (after the line
  /// starts already recorded).
  public mutating func markLineStart(_ line: Int, at offset: Int) {
    laterStarts.append((offset, line))
  }

  public static func == (a: Paragraph, b: Paragraph) -> Bool {
    a.text == b.text && a.firstLine == b.firstLine && a.laterStarts.elementsEqual(b.laterStarts) { $0 == $1 }
  }

  /// The first and last input line.
  public var lines: ClosedRange<Int> {
    firstLine...(laterStarts.last?.line ?? firstLine)
  }

  /// The input line that `offset` in `text` came from.
  public func line(at offset: Int) -> Int {
    var result = firstLine
    for start in laterStarts where start.offset <= offset { result = start.line }
    return result
  }

  /// (offset, input line) for each joined line after the first.
  var laterLineStarts: [(offset: Int, line: Int)] { laterStarts }

  /// Applies `edits` made by `rule`, recording each in `log` when it is non-nil; true when
  /// there were any.
  @discardableResult
  public mutating func apply(_ edits: [Edit], rule: RuleID, log: inout [Change]?) -> Bool {
    guard !edits.isEmpty else { return false }
    if log != nil {
      for edit in edits {
        log?.append(Self.change(for: edit, in: text, rule: rule, line: line(at: edit.range.lowerBound)))
      }
    }
    var shift = 0
    var editIndex = 0
    for k in laterStarts.indices {
      let offset = laterStarts[k].offset
      while editIndex < edits.count && edits[editIndex].range.upperBound <= offset
        && !(edits[editIndex].range.isEmpty && edits[editIndex].range.lowerBound == offset)
      {
        shift += edits[editIndex].replacement.count - edits[editIndex].range.count
        editIndex += 1
      }
      var adjusted = offset + shift
      if editIndex < edits.count, edits[editIndex].range.lowerBound < offset {
        // The line start falls inside a replaced span: it moves to the span's start.
        adjusted = edits[editIndex].range.lowerBound + shift
      }
      laterStarts[k].offset = max(0, adjusted)
    }
    text.apply(edits)
    return true
  }

  /// The excerpt of a change: up to `context` scalars each side of the edit.
  static func change(
    for edit: Edit, in text: [Unicode.Scalar], rule: RuleID, line: Int, context: Int = 6
  ) -> Change {
    let left = text[max(0, edit.range.lowerBound - context)..<edit.range.lowerBound]
    let right = text[edit.range.upperBound..<min(text.count, edit.range.upperBound + context)]
    return Change(
      rule: rule, line: line,
      before: Array(left) + Array(text[edit.range]) + Array(right),
      after: Array(left) + edit.replacement + Array(right))
  }
}
