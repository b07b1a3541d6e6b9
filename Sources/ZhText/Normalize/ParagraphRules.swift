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

  /// Applies the line-level rules to one input line.
  public func cleanLine(_ line: inout Paragraph, log: inout [Change]?) {
    if options.runs(.encoding) { line.apply(EncodingRule.edits(line.text), rule: .encoding, log: &log) }
    if options.runs(.doubled) { line.apply(DoubledGlyphRule.edits(line.text), rule: .doubled, log: &log) }
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
    let steps: [(RuleID, TextFeatures, ([Unicode.Scalar]) -> [Edit])] = [
      (.width, .fullWidthOrKana, WidthRule.edits),
      (.radical, .radical, RadicalRule.edits),
      (.ellipsis, .midlineEllipsis, EllipsisRule.edits),
      (.t2s, .strayCandidate, { options.traditional == .stray ? StrayTraditionalRule.edits($0) : [] }),
      (.quote, .straightQuote, QuoteRule.edits),
      (.bracket, .asciiBracket, BracketRule.edits),
      (.punct, .asciiPunctuation, PunctuationRule.edits),
      (.continuation, .openingBracket, ContinuationRule.edits),
      (.space, pangu ? [] : .space, { SpaceRule.edits($0, pangu: pangu) }),
      (.dash, .hyphen, DashRule.edits),
      (.tilde, .tilde, TildeRule.edits),
    ]
    for (rule, trigger, edits) in steps
    where (options.runs(rule) || (rule == .space && pangu)) && (trigger.isEmpty || !features.isDisjoint(with: trigger)) {
      paragraph.apply(edits(paragraph.text), rule: rule, log: &log)
    }
  }

  private func replaceWhole(
    _ paragraph: inout Paragraph, _ new: [Unicode.Scalar], _ rule: RuleID, _ log: inout [Change]?
  ) {
    if let edit = Edit.between(paragraph.text, new) { paragraph.apply([edit], rule: rule, log: &log) }
  }
}
