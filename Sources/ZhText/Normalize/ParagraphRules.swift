/// Runs the character rules over one paragraph, in their fixed order, recording changes.
///
/// Line-level rules (`encoding`, `doubled`) run on each input line before layout, because
/// layout needs clean lines; all others run here on the joined paragraph, so a rule sees a
/// sentence whole even when the PDF broke it over several lines.
public struct ParagraphRules: Sendable {
  /// The options in force.
  public let options: NormalizeOptions

  /// The paragraph rules `options` runs, in order: chosen once here, not for every line.
  private let active: [Step]

  /// Rules for `options`.
  public init(options: NormalizeOptions) {
    self.options = options
    self.active = Self.steps(for: options)
  }

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

  /// The features of the characters some paragraph rule in force (or normalization) may
  /// change text for; nil when any character may change (`nfkc`, pangu spacing). Text
  /// without them is left as it is: a test holds each rule to its trigger.
  var triggers: TextFeatures? {
    guard !options.runs(.nfkc), !options.runs(.pangu) else { return nil }
    var triggers: TextFeatures = .space
    if options.runs(.nfc) { triggers.insert(.nonNFCStable) }
    for step in active { triggers.formUnion(step.trigger) }
    return triggers
  }

  /// True when `apply` would leave `text` as it is, for certain, told from its bytes: no
  /// normalization runs, the only trigger characters it holds are brackets (so no rule but
  /// `continuation` could act, and it would see the text as it is), and none of them opens
  /// a jump line.
  func leavesUnchanged(_ text: ParagraphText) -> Bool {
    !options.runs(.nfkc) && !options.runs(.pangu) && text.ruleFeatures.isSubset(of: .openingBracket)
      && !text.withUTF8(ContinuationRule.mayOpenJumpLine)
  }

  /// False when `cleanLine` would leave `line` as it is and not find it doubled, for
  /// certain: tested in place, without the copy `cleanLine` works on.
  func mayCleanLine(_ line: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
    options.runs(.encoding) && EncodingRule.firstRemoved(in: line) != nil
      || options.runs(.doubled) && DoubledGlyphRule.mayCollapse(line)
  }

  /// Applies the paragraph rules; true when any changed the text. Features are found once;
  /// a rule whose trigger characters are absent is skipped (no rule creates another's
  /// trigger, except `bracket` and `quote`, which create full-width characters that only
  /// `space` reads, and `space` always runs when there is a space).
  @discardableResult
  public func apply(to paragraph: inout Paragraph, log: inout [Change]?) -> Bool {
    apply(to: &paragraph, features: TextFeatures(of: paragraph.text), log: &log)
  }

  /// Applies the paragraph rules to `paragraph`, whose text has `features` (or more: a rule
  /// run without its trigger characters changes nothing); true when any changed the text.
  func apply(to paragraph: inout Paragraph, features: TextFeatures, log: inout [Change]?) -> Bool {
    var changed = false
    if options.runs(.nfkc) {
      changed = replaceWhole(&paragraph, UnicodeNormalizer.nfkc.normalize(paragraph.text), .nfkc, &log)
    } else if options.runs(.nfc) && features.contains(.nonNFCStable) {
      changed = replaceWhole(&paragraph, UnicodeNormalizer.nfc.normalize(paragraph.text), .nfc, &log)
    }
    // Normalization may make other rules' trigger characters (NFKC folds `，` to `,`, which
    // rule `punct` restores in Chinese context): the rules read the text it left.
    let features = changed ? TextFeatures(of: paragraph.text) : features
    let pangu = options.runs(.pangu)
    for step in active {
      if step.rule == .space && pangu {  // pangu spacing reads every character
        changed = paragraph.apply(SpaceRule.edits(paragraph.text, pangu: true), rule: .space, log: &log) || changed
        continue
      }
      guard !features.isDisjoint(with: step.trigger) else { continue }
      changed = paragraph.apply(step.edits(paragraph.text), rule: step.rule, log: &log) || changed
    }
    return changed
  }

  /// A paragraph rule: its name, the features without which it edits nothing, and its edits.
  typealias Step = (rule: RuleID, trigger: TextFeatures, edits: @Sendable ([Unicode.Scalar]) -> [Edit])

  /// The steps `options` runs: rule `t2s` only in mode `stray`, rule `space` also as pangu
  /// spacing (`--spacing pangu` spaces even with `--disable space`).
  static func steps(for options: NormalizeOptions) -> [Step] {
    steps.filter { step in
      switch step.rule {
      case .t2s: options.runs(.t2s) && options.traditional == .stray
      case .space: options.runs(.space) || options.runs(.pangu)
      default: options.runs(step.rule)
      }
    }
  }

  /// The paragraph rules after normalization, in order, each with the features without which
  /// it edits nothing (a test holds every rule to its trigger).
  static let steps: [Step] = [
    (.width, .fullWidthOrKana, WidthRule.edits),
    (.radical, .radical, RadicalRule.edits),
    (.ellipsis, .midlineEllipsis, EllipsisRule.edits),
    (.t2s, .strayCandidate, StrayTraditionalRule.edits),
    (.quote, .straightQuote, QuoteRule.edits),
    (.bracket, .asciiBracket, BracketRule.edits),
    (.punct, .asciiPunctuation, PunctuationRule.edits),
    (.continuation, .openingBracket, ContinuationRule.edits),
    (.space, .space, { SpaceRule.edits($0) }),
    (.dash, .hyphen, DashRule.edits),
    (.tilde, .tilde, TildeRule.edits),
  ]

  /// Replaces the paragraph's text with `new`; true when they differ.
  private func replaceWhole(
    _ paragraph: inout Paragraph, _ new: [Unicode.Scalar], _ rule: RuleID, _ log: inout [Change]?
  ) -> Bool {
    guard let edit = Edit.between(paragraph.text, new) else { return false }
    return paragraph.apply([edit], rule: rule, log: &log)
  }
}
