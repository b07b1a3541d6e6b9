/// Runs the character rules over one paragraph, in their fixed order, recording changes.
///
/// Line-level rules (`encoding`, `doubled`) run on each input line before layout, because
/// layout needs clean lines; all others run here on the joined paragraph, so a rule sees a
/// sentence whole even when the PDF broke it over several lines.
public struct ParagraphRules: Sendable {
  /// The options in force.
  public let options: NormalizeOptions

  /// Rules for `options`.
  public init(options: NormalizeOptions) { self.options = options }

  /// Applies the line-level rules to one input line; true when rule `doubled` collapsed it
  /// (the line was printed in fake bold).
  @discardableResult
  public func cleanLine(_ line: inout Paragraph, log: inout [Change]?) -> Bool {
    if options.runs(.encoding) { line.apply(EncodingRule.edits(line.text), rule: .encoding, log: &log) }
    guard options.runs(.doubled) else { return false }
    let doubled = DoubledGlyphRule.edits(line.text)
    line.apply(doubled, rule: .doubled, log: &log)
    return !doubled.isEmpty
  }

  /// Applies the paragraph rules. Features are found once; a rule whose trigger characters
  /// are absent is skipped (no rule creates another's trigger, except `bracket` and `quote`,
  /// which create full-width characters that only `space` reads, and `space` always runs
  /// when there is a space).
  public func apply(to paragraph: inout Paragraph, log: inout [Change]?) {
    let features = TextFeatures(of: paragraph.text)
    if options.runs(.nfkc) {
      replaceWhole(&paragraph, UnicodeNormalizer.nfkc.normalize(paragraph.text), .nfkc, &log)
    } else if options.runs(.nfc) && features.contains(.nonNFCStable) {
      replaceWhole(&paragraph, UnicodeNormalizer.nfc.normalize(paragraph.text), .nfc, &log)
    }
    let pangu = options.runs(.pangu)
    func step(_ rule: RuleID, _ trigger: TextFeatures, _ edits: ([Unicode.Scalar]) -> [Edit]) {
      guard options.runs(rule) || (rule == .space && pangu) else { return }
      guard trigger.isEmpty || !features.isDisjoint(with: trigger) else { return }
      paragraph.apply(edits(paragraph.text), rule: rule, log: &log)
    }
    step(.width, .fullWidthOrKana, WidthRule.edits)
    step(.radical, .radical, RadicalRule.edits)
    step(.ellipsis, .midlineEllipsis, EllipsisRule.edits)
    if options.traditional == .stray { step(.t2s, .strayCandidate, StrayTraditionalRule.edits) }
    step(.quote, .straightQuote, QuoteRule.edits)
    step(.bracket, .asciiBracket, BracketRule.edits)
    step(.punct, .asciiPunctuation, PunctuationRule.edits)
    step(.continuation, .openingBracket, ContinuationRule.edits)
    step(.space, pangu ? [] : .space) { SpaceRule.edits($0, pangu: pangu) }
    step(.dash, .hyphen, DashRule.edits)
    step(.tilde, .tilde, TildeRule.edits)
  }

  private func replaceWhole(
    _ paragraph: inout Paragraph, _ new: [Unicode.Scalar], _ rule: RuleID, _ log: inout [Change]?
  ) {
    if let edit = Edit.between(paragraph.text, new) { paragraph.apply([edit], rule: rule, log: &log) }
  }
}
