/// Normalizes one document, line by line, emitting paragraphs as soon as they are final.
///
/// The caller feeds decoded input lines in order and calls `finish()` at the end of the
/// document; changes for `--report` accumulate in `changes` when `reporting` is on and are
/// taken by the caller after each call. Memory stays bounded by the reflow window and the
/// longest line (`Reflow.paragraphLimit` caps a paragraph).
public struct DocumentNormalizer {
  /// The options in force.
  public let options: NormalizeOptions
  private let rules: ParagraphRules
  private var blocks: BlockReader
  private var log: [Change]?
  /// The blocks the last line completed (kept between calls so its storage is reused).
  private var completed: [Block] = []
  /// What reading a line needs of each character under these options; nil under
  /// `--no-reflow`, where lines are not laid out.
  public let lineClasses: LineClasses?
  /// A line being prepared (`add`), its storage reused.
  private var scratch = PreparedLines()

  /// A normalizer for one document; `reporting` collects every change. With `planned`,
  /// the lines come with their layouts planned (`PreparedLines.planLayouts`).
  public init(options: NormalizeOptions, reporting: Bool, planned: Bool = false) {
    self.options = options
    self.rules = ParagraphRules(options: options)
    self.blocks = BlockReader(options: options, planned: planned)
    self.log = reporting ? [] : nil
    self.lineClasses = options.runs(.reflow) ? LineClasses(rules: rules) : nil
  }

  /// The changes recorded since the last call; empty unless reporting.
  public mutating func takeChanges() -> [Change] {
    guard let changes = log, !changes.isEmpty else { return [] }
    log = []
    return changes
  }

  /// Takes input line `number` (1-based); emits the paragraphs it completes.
  public mutating func add(_ text: [Unicode.Scalar], number: Int, emit: (ParagraphText) -> Void) {
    guard let lineClasses else {
      return emit(ParagraphText(Self.normalizedLine(text, number: number, rules: rules, log: &log)))
    }
    var line = takeScratch()
    line.append(text, number: number, rules: rules, classes: lineClasses, log: &log)
    layOut(&line, emit: emit)
  }

  /// Takes input line `number` from its UTF-8 bytes under reflow; emits the paragraphs it
  /// completes. False, with nothing taken, when the bytes are not valid UTF-8 (or lines are
  /// not laid out): the caller then decodes them, reports them and calls `add`.
  public mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>, number: Int, emit: (ParagraphText) -> Void) -> Bool {
    guard let lineClasses else { return false }
    var line = takeScratch()
    let taken = line.append(utf8: bytes, number: number, rules: rules, classes: lineClasses, log: &log)
    layOut(&line, emit: emit)
    return taken
  }

  /// The batch for preparing one line, its storage taken out of `self` (`layOut` puts it back).
  private mutating func takeScratch() -> PreparedLines {
    var line = PreparedLines()
    swap(&line, &scratch)
    return line
  }

  /// Lays out the line prepared in `line` and puts its storage back.
  private mutating func layOut(_ line: inout PreparedLines, emit: (ParagraphText) -> Void) {
    add(prepared: line, emit: emit)
    line.removeAll()
    swap(&line, &scratch)
  }

  /// Input line `number` under `--no-reflow` as `add` emits it (every rule applied),
  /// nothing recorded. Pure, so lines may be repaired on any thread.
  public static func normalizedLine(_ text: [Unicode.Scalar], number: Int, rules: ParagraphRules) -> Paragraph {
    var log: [Change]? = nil
    return normalizedLine(text, number: number, rules: rules, log: &log)
  }

  private static func normalizedLine(
    _ text: [Unicode.Scalar], number: Int, rules: ParagraphRules, log: inout [Change]?
  ) -> Paragraph {
    var paragraph = cleaned(text, number: number, rules: rules, log: &log).line
    rules.apply(to: &paragraph, log: &log)
    return paragraph
  }

  /// Input line `number` after the line-level rules (and the removal of form feeds), whether
  /// it had a form feed (a page starts there) and whether rule `doubled` collapsed it.
  static func cleaned(
    _ text: [Unicode.Scalar], number: Int, rules: ParagraphRules, log: inout [Change]?
  ) -> (line: Paragraph, pageStart: Bool, emphasized: Bool) {
    var line = Paragraph(text: text, line: number)
    var pageStart = false
    if text.contains("\u{0C}") {
      pageStart = true
      line.apply(BlockReader.formFeedEdits(text), rule: .header, log: &log)
    }
    let emphasized = rules.cleanLine(&line, log: &log)
    return (line, pageStart, emphasized)
  }

  /// Lays out lines prepared (`PreparedLines`), in input order; emits the paragraphs they
  /// complete, repaired. A caller on another thread passes a chunk's lines in one call.
  public mutating func add(prepared lines: PreparedLines, emit: (ParagraphText) -> Void) {
    layOut(prepared: lines, repairing: true, emit: emit)
  }

  /// Lays out lines prepared, as `add(prepared:emit:)` does, but emits the paragraphs they
  /// complete as layout made them: a third thread repairs them (`repaired(_:rules:)`).
  public mutating func layOut(prepared lines: PreparedLines, emit: (ParagraphText) -> Void) {
    layOut(prepared: lines, repairing: false, emit: emit)
  }

  private mutating func layOut(prepared lines: PreparedLines, repairing: Bool, emit: (ParagraphText) -> Void) {
    if !lines.plans.isEmpty { blocks.plan(lines.plans) }
    lines.forEach({ text, blanksBefore, layout in
      blocks.addBlankLines(blanksBefore)
      switch layout {
      case .pageBreak:
        blocks.addBlankLine(pageBreak: true)
      case .measured(let line):
        // Read in the batch while it is at hand; what layout still needs is copied after.
        blocks.add(measured: line, text: text, borrowing: true, pageBreak: line.pageStart, log: &log, into: &completed)
      }
      emitCompleted(repairing: repairing, emit)
    }, afterLast: { blocks.keepBorrowedText() })
    blocks.addBlankLines(lines.trailingBlanks)
  }

  /// Takes back the paragraphs it emitted once they are written, emptying `written`, so
  /// that the next paragraphs are made in their arrays rather than in new ones. Only what
  /// nothing else holds is reused; the caller owns the list, on this normalizer's thread.
  public mutating func recycle(_ written: inout [ParagraphText]) {
    for index in written.indices { blocks.recycle(written[index].takeStorage()) }
    written.removeAll(keepingCapacity: true)
  }

  /// Ends the document: emits the last paragraphs, repaired unless the caller repairs them
  /// (`layOut(prepared:emit:)`).
  public mutating func finish(repairing: Bool = true, emit: (ParagraphText) -> Void) {
    blocks.finish(log: &log, into: &completed)
    emitCompleted(repairing: repairing, emit)
  }

  /// Emits the paragraphs of the completed blocks, repaired when `repairing`, keeping the
  /// buffer's storage.
  private mutating func emitCompleted(repairing: Bool, _ emit: (ParagraphText) -> Void) {
    guard !completed.isEmpty else { return }
    for block in completed where !block.kind.isFurniture {
      guard repairing else {
        emit(block.text)
        continue
      }
      switch Self.repair(block.text, rules: rules, log: &log) {
      case .unchanged(let text): emit(text)
      case .changed(let paragraph): emit(ParagraphText(paragraph))
      case .removed: break
      }
    }
    completed.removeAll(keepingCapacity: true)
  }

  /// What the paragraph rules made of a paragraph.
  public enum Repair {
    /// No rule changed it: its text as layout made it.
    case unchanged(ParagraphText)
    /// Its text as the rules changed it.
    case changed(Paragraph)
    /// Nothing is left of it.
    case removed
  }

  /// `paragraph`, as layout made it, with the paragraph rules applied (nothing recorded).
  /// Pure: paragraphs may be repaired on any thread.
  public static func repair(_ paragraph: ParagraphText, rules: ParagraphRules) -> Repair {
    var log: [Change]? = nil
    return repair(paragraph, rules: rules, log: &log)
  }

  /// A paragraph no rule would change is not even decoded; one the rules leave as it was
  /// keeps its bytes.
  private static func repair(_ text: ParagraphText, rules: ParagraphRules, log: inout [Change]?) -> Repair {
    if text.isInert || rules.leavesUnchanged(text) { return .unchanged(text) }
    var paragraph = text.paragraph
    guard rules.apply(to: &paragraph, features: text.ruleFeatures, log: &log) else { return .unchanged(text) }
    return paragraph.text.isEmpty ? .removed : .changed(paragraph)
  }
}

extension DocumentNormalizer {
  /// Normalizes the text of one input record in place: every rule but layout (a record is
  /// already a block).
  public mutating func normalizeRecordText(_ paragraph: inout Paragraph) {
    rules.cleanLine(&paragraph, log: &log)
    rules.apply(to: &paragraph, log: &log)
  }
}
