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

  /// A normalizer for one document; `reporting` collects every change.
  public init(options: NormalizeOptions, reporting: Bool) {
    self.options = options
    self.rules = ParagraphRules(options: options)
    self.blocks = BlockReader(options: options)
    self.log = reporting ? [] : nil
  }

  /// The changes recorded since the last call; empty unless reporting.
  public mutating func takeChanges() -> [Change] {
    guard let changes = log, !changes.isEmpty else { return [] }
    log = []
    return changes
  }

  /// Takes input line `number` (1-based); emits the paragraphs it completes.
  public mutating func add(_ text: [Unicode.Scalar], number: Int, emit: (Paragraph) -> Void) {
    guard options.runs(.reflow) else { return emit(Self.normalizedLine(text, number: number, rules: rules, log: &log)) }
    if text.isEmpty { return blocks.addBlankLine() }  // half the lines of hard-wrapped extractions
    let (line, pageStart, emphasized) = Self.cleaned(text, number: number, rules: rules, log: &log)
    line.text.withUnsafeBufferPointer { text in
      let measured = BlockReader.measure(text, number: number, pageStart: pageStart, emphasized: emphasized)
      blocks.add(measured: measured, text: text, pageBreak: pageStart, log: &log, into: &completed)
    }
    emitCompleted(emit)
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

  /// Lays out lines prepared (`PreparedLines`), in input order, measuring those left
  /// unmeasured; emits the paragraphs they complete. A caller on another thread passes a
  /// chunk's lines in one call.
  public mutating func add(prepared lines: PreparedLines, emit: (Paragraph) -> Void) {
    lines.forEach { text, layout in
      switch layout {
      case .blank(let pageBreak):
        blocks.addBlankLine(pageBreak: pageBreak)
      case .cleaned(let number, let pageStart, let emphasized):
        let measured = BlockReader.measure(text, number: number, pageStart: pageStart, emphasized: emphasized)
        blocks.add(measured: measured, text: text, pageBreak: pageStart, log: &log, into: &completed)
      case .measured(let line):
        blocks.add(measured: line, text: text, pageBreak: line.pageStart, log: &log, into: &completed)
      }
      emitCompleted(emit)
    }
  }

  /// Ends the document.
  public mutating func finish(emit: (Paragraph) -> Void) {
    blocks.finish(log: &log, into: &completed)
    emitCompleted(emit)
  }

  /// Repairs and emits the paragraphs of the completed blocks, keeping the buffer's storage.
  private mutating func emitCompleted(_ emit: (Paragraph) -> Void) {
    guard !completed.isEmpty else { return }
    for block in completed where !block.kind.isFurniture { finishParagraph(block.paragraph, emit) }
    completed.removeAll(keepingCapacity: true)
  }

  private mutating func finishParagraph(_ raw: Paragraph, _ emit: (Paragraph) -> Void) {
    var paragraph = raw
    rules.apply(to: &paragraph, log: &log)
    if !paragraph.text.isEmpty { emit(paragraph) }
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
