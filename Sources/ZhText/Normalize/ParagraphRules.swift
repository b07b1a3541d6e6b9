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

  /// Applies the paragraph rules.
  public func apply(to paragraph: inout Paragraph, log: inout [Change]?) {
    if options.runs(.nfkc) {
      replaceWhole(&paragraph, UnicodeNormalizer.nfkc.normalize(paragraph.text), .nfkc, &log)
    } else if options.runs(.nfc) {
      replaceWhole(&paragraph, UnicodeNormalizer.nfc.normalize(paragraph.text), .nfc, &log)
    }
    let steps: [(RuleID, ([Unicode.Scalar]) -> [Edit])] = [
      (.width, WidthRule.edits),
      (.radical, RadicalRule.edits),
      (.ellipsis, EllipsisRule.edits),
      (.t2s, { options.traditional == .stray ? StrayTraditionalRule.edits($0) : [] }),
      (.quote, QuoteRule.edits),
      (.bracket, BracketRule.edits),
      (.punct, PunctuationRule.edits),
      (.continuation, ContinuationRule.edits),
      (.space, { SpaceRule.edits($0, pangu: options.runs(.pangu)) }),
      (.dash, DashRule.edits),
      (.tilde, TildeRule.edits),
    ]
    for (rule, edits) in steps where options.runs(rule) || (rule == .space && options.runs(.pangu)) {
      paragraph.apply(edits(paragraph.text), rule: rule, log: &log)
    }
  }

  private func replaceWhole(
    _ paragraph: inout Paragraph, _ new: [Unicode.Scalar], _ rule: RuleID, _ log: inout [Change]?
  ) {
    if let edit = Edit.between(paragraph.text, new) { paragraph.apply([edit], rule: rule, log: &log) }
  }
}
