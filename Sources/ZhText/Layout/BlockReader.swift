/// Turns the lines of one document into blocks: counts blank-line gaps, notes page breaks,
/// measures each line and hands it to `Reflow`. Shared by normalize (which then repairs the
/// text of each block) and tag-sections (which labels them).
public struct BlockReader {
  private var reflow: Reflow
  private let options: NormalizeOptions
  private let junction = WrapJunction()
  private var gap = 0
  /// A line's UTF-8 (`add(written:number:log:into:)`), its storage reused line after line.
  private var utf8: [UInt8] = []
  private var sawLine = false

  private let planned: Bool

  /// A reader for `options` (which layout rules run); with `planned`, the lines' layouts
  /// come planned ahead (`plan`, see `LayoutPlanner`).
  public init(options: NormalizeOptions, planned: Bool = false) {
    self.options = options
    self.planned = planned
    self.reflow = Reflow(options: options, junction: junction, planned: planned)
  }

  /// The layouts of the next lines, planned ahead: each line's before the line is decided.
  public mutating func plan(_ layouts: [LocalLayout]) {
    reflow.plan(layouts)
  }

  /// The edits that remove form feeds from a line (a form feed marks a page break).
  public static func formFeedEdits(_ text: [Unicode.Scalar]) -> [Edit] {
    text.indices.filter { text[$0] == "\u{0C}" }.map { Edit.delete($0..<$0 + 1) }
  }

  /// Adds an empty line (what `add` does with a blank line, without measuring it);
  /// `pageBreak`: the line held a form feed, so the page ends at the line before.
  public mutating func addBlankLine(pageBreak: Bool = false) {
    addBlankLines(1)
    if pageBreak { reflow.endPage() }
  }

  /// Adds `count` empty lines.
  mutating func addBlankLines(_ count: Int) {
    if sawLine { gap += count }
  }

  /// Adds input line `number` as written, for layout only (its text is not repaired): a form
  /// feed in it starts a page and is removed, doubled glyphs mark it emphasized. Appends the
  /// blocks it completes to `done`.
  public mutating func add(written text: [Unicode.Scalar], number: Int, log: inout [Change]?, into done: inout [Block]) {
    if text.isEmpty { return addBlankLine() }  // half the lines of hard-wrapped extractions
    let pageStart = text.contains("\u{0C}")
    let shown = pageStart ? text.applying(Self.formFeedEdits(text)) : text
    let emphasized = !DoubledGlyphRule.edits(shown).isEmpty
    shown.withUnsafeBufferPointer { shown in
      let line = Self.measure(shown, number: number, pageStart: pageStart, emphasized: emphasized)
      utf8.removeAll(keepingCapacity: true)
      ScalarCoding.encodeKeepingStandIns(shown, into: &utf8)
      let utf8 = utf8
      utf8.withUnsafeBufferPointer { add(measured: line, text: $0, pageBreak: pageStart, log: &log, into: &done) }
    }
  }

  /// Adds input line `number` as written, from its UTF-8 bytes, when they can be measured as
  /// they are (`LayoutLine.measure(utf8:number:classes:)`: no form feed, no doubled glyphs,
  /// which `add(written:number:log:into:)` reads); false, with nothing added, when the line
  /// must be decoded and added that way.
  public mutating func add(
    utf8 bytes: UnsafeBufferPointer<UInt8>, number: Int, classes: LineClasses, log: inout [Change]?,
    into done: inout [Block]
  ) -> Bool {
    if bytes.isEmpty {
      addBlankLine()
      return true
    }
    guard let line = LayoutLine.measure(utf8: bytes, number: number, classes: classes) else { return false }
    add(measured: line, text: bytes, pageBreak: false, log: &log, into: &done)
    return true
  }

  /// Input line `number` made ready for layout, `text` after the line rules, measured; nil
  /// when it counts as blank (spaces and tabs only). `inert`: no paragraph rule in force
  /// would change it. Pure: lines may be measured on one thread and laid out on another.
  public static func measure(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, number: Int, pageStart: Bool, emphasized: Bool
  ) -> LayoutLine? {
    measure(text, number: number, pageStart: pageStart, emphasized: emphasized, inert: false, ruleFeatures: .all)
  }

  /// As above, `inert` and `ruleFeatures` read by the caller (see `LayoutLine`).
  static func measure(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, number: Int, pageStart: Bool, emphasized: Bool, inert: Bool,
    ruleFeatures: TextFeatures
  ) -> LayoutLine? {
    if text.allSatisfy({ $0.isSpaceLike || $0 == "\t" }) { return nil }
    return LayoutLine(
      text, number: number, pageStart: pageStart, emphasized: emphasized, inert: inert, ruleFeatures: ruleFeatures)
  }

  /// Adds a line measured as `line` from `text`, UTF-8 with stand-ins kept (see
  /// `ParagraphText`) — nil: a blank line, which held a form feed when `pageBreak`; appends
  /// the blocks it completes to `done` (a buffer the caller reuses, so that completing a
  /// paragraph allocates nothing).
  public mutating func add(
    measured line: LayoutLine?, text: UnsafeBufferPointer<UInt8>, pageBreak: Bool, log: inout [Change]?,
    into done: inout [Block]
  ) {
    add(measured: line, text: text, borrowing: false, pageBreak: pageBreak, log: &log, into: &done)
  }

  /// As above; with `borrowing`, `text` is read where it is until `keepBorrowedText()`.
  mutating func add(
    measured line: LayoutLine?, text: UnsafeBufferPointer<UInt8>, borrowing: Bool, pageBreak: Bool,
    log: inout [Change]?, into done: inout [Block]
  ) {
    guard let layoutLine = line else { return addBlankLine(pageBreak: pageBreak) }
    if layoutLine.pageStart { reflow.endPage() }
    let gapBefore = gap
    gap = 0
    sawLine = true
    reflow.push(layoutLine, text: text, borrowing: borrowing, gapBefore: gapBefore, log: &log) { done.append($0) }
  }

  /// Keeps the arrays of a paragraph written out for the next paragraphs (`Reflow.recycle`).
  mutating func recycle(_ storage: ParagraphText.Storage) {
    reflow.recycle(storage)
  }

  /// Copies the text of the lines added borrowing it (`add(measured:text:borrowing:...)`),
  /// which their caller is about to let go.
  mutating func keepBorrowedText() {
    reflow.keepBorrowedText()
  }

  /// Ends the document: appends the last blocks to `done` and starts afresh.
  public mutating func finish(log: inout [Change]?, into done: inout [Block]) {
    reflow.finish(log: &log) { done.append($0) }
    reflow = Reflow(options: options, junction: junction, planned: planned)
    gap = 0
    sawLine = false
  }
}
