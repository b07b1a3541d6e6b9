/// Input lines made ready for layout on one thread, to be laid out on another: the line
/// rules applied and each line measured, its text kept as UTF-8 with stand-ins kept (see
/// `ParagraphText`).
///
/// Most lines are measured straight from their bytes and copied as they are
/// (`LayoutLine.measure(utf8:number:classes:)`); the others are decoded, cleaned, measured
/// and encoded again. The lines' text lies in one buffer and a batch's storage is reused
/// for the next, so a prepared line costs no allocation of its own; a blank line is only
/// counted, with the line after it (half the lines of hard-wrapped extractions are blank).
public struct PreparedLines {
  /// A line's layout.
  enum Layout {
    /// A blank line (nothing, or only spaces and tabs) that held a form feed.
    case pageBreak
    /// A measured line.
    case measured(LayoutLine)
  }

  /// The lines' text, one after another.
  private var text: [UInt8] = []
  /// Each line's layout, the blank lines just before it and where its text ends in `text`.
  private var lines: [(end: Int, blanksBefore: Int, layout: Layout)] = []
  /// The blank lines after the last of `lines`.
  private(set) var trailingBlanks = 0
  /// A line being decoded, its storage reused.
  private var decoded: [Unicode.Scalar] = []
  /// Layouts planned for lines of this batch or before it (`planLayouts`), to be handed to
  /// layout before the lines.
  private(set) var plans: [LocalLayout] = []

  /// An empty batch.
  public init() {}

  /// No lines.
  public var isEmpty: Bool { lines.isEmpty }

  /// Makes room for the lines of `count` bytes of input (a line of text takes some 20
  /// bytes or more, a blank line one).
  public mutating func reserveCapacity(bytes count: Int) {
    text.reserveCapacity(count)
    lines.reserveCapacity(count / 16)
  }

  /// Forgets every line, keeping the storage.
  public mutating func removeAll() {
    text.removeAll(keepingCapacity: true)
    lines.removeAll(keepingCapacity: true)
    plans.removeAll(keepingCapacity: true)
    trailingBlanks = 0
  }

  /// Plans, with `planner`, the layouts the batch's lines complete, and with `documentEnds`
  /// those of the document's last lines (see `LayoutPlanner`). Called once, when the batch
  /// is complete.
  public mutating func planLayouts(with planner: inout LayoutPlanner, documentEnds: Bool) {
    for (_, blanksBefore, layout) in lines {
      planner.addBlankLines(blanksBefore)
      switch layout {
      case .pageBreak: planner.addBlankLines(1)
      case .measured(let line): planner.add(line, plans: &plans)
      }
    }
    planner.addBlankLines(trailingBlanks)
    if documentEnds { planner.finish(plans: &plans) }
  }

  /// Appends a line of `layout`, after the blank lines counted.
  private mutating func append(_ layout: Layout) {
    lines.append((text.count, trailingBlanks, layout))
    trailingBlanks = 0
  }

  /// Appends input line `number` from its UTF-8 bytes, prepared under `rules`, whose
  /// character classes are `classes` (changes recorded in `log` when it is non-nil). False,
  /// with nothing appended, when the bytes are not valid UTF-8: the caller then decodes them
  /// itself and reports them.
  public mutating func append(
    utf8 bytes: UnsafeBufferPointer<UInt8>, number: Int, rules: ParagraphRules, classes: LineClasses,
    log: inout [Change]?
  ) -> Bool {
    guard !bytes.isEmpty else {
      trailingBlanks += 1
      return true
    }
    if let line = LayoutLine.measure(utf8: bytes, number: number, classes: classes) {
      text.append(contentsOf: bytes)
      append(.measured(line))
      return true
    }
    // Decoded into storage taken out of `self` while the line is prepared, and put back.
    var line: [Unicode.Scalar] = []
    swap(&line, &decoded)
    defer {
      line.removeAll(keepingCapacity: true)
      swap(&line, &decoded)
    }
    guard ScalarCoding.decode(bytes, into: &line) == nil else { return false }
    append(line, number: number, rules: rules, classes: classes, log: &log, utf8: bytes)
    return true
  }

  /// Appends input line `number`, decoded: the line rules applied (changes recorded in
  /// `log` when it is non-nil), measured, encoded with stand-ins kept. A pure function of
  /// the line, so lines may be prepared on one thread and laid out on another.
  public mutating func append(
    _ line: [Unicode.Scalar], number: Int, rules: ParagraphRules, classes: LineClasses, log: inout [Change]?
  ) {
    append(line, number: number, rules: rules, classes: classes, log: &log, utf8: nil)
  }

  /// Appends input line `number`, decoded from `utf8` when that is given (valid UTF-8,
  /// which is then kept as it is unless the line rules change the line).
  private mutating func append(
    _ line: [Unicode.Scalar], number: Int, rules: ParagraphRules, classes: LineClasses, log: inout [Change]?,
    utf8: UnsafeBufferPointer<UInt8>?
  ) {
    guard !line.isEmpty else {
      trailingBlanks += 1
      return
    }
    var cleaned = (line: Paragraph(text: line, line: number), pageStart: false, emphasized: false)
    var kept = utf8
    if line.withUnsafeBufferPointer({ $0.contains("\u{0C}") || rules.mayCleanLine($0) }) {
      cleaned = DocumentNormalizer.cleaned(line, number: number, rules: rules, log: &log)
      if cleaned.line.text != line { kept = nil }
    }
    cleaned.line.text.withUnsafeBufferPointer { line in
      let inert = classes.isInert(line)
      let measured = BlockReader.measure(
        line, number: number, pageStart: cleaned.pageStart, emphasized: cleaned.emphasized, inert: inert,
        ruleFeatures: inert ? [] : TextFeatures(of: cleaned.line.text))
      if measured != nil {
        if let kept { text.append(contentsOf: kept) } else { ScalarCoding.encodeKeepingStandIns(line, into: &text) }
      }
      if let measured {
        append(.measured(measured))
      } else if cleaned.pageStart {
        append(.pageBreak)
      } else {
        trailingBlanks += 1
      }
    }
  }

  /// Calls `body` with each line's text (in place), the blank lines before it and its
  /// layout, in input order (the blank lines after the last are `trailingBlanks`), then
  /// `afterLast` while the text passed to `body` is still where it was.
  func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int, Layout) -> Void, afterLast: () -> Void = {}) {
    text.withUnsafeBufferPointer { text in
      lines.withUnsafeBufferPointer { lines in
        var start = 0
        for line in lines {
          body(UnsafeBufferPointer(rebasing: text[start..<line.end]), line.blanksBefore, line.layout)
          start = line.end
        }
      }
      afterLast()
    }
  }
}
