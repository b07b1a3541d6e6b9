/// A change normalize made, as `--report` lists it and `--diff` shows it.
public struct Change: Equatable, Sendable {
  /// The rule that made it.
  public var rule: RuleID
  /// The 1-based line of the original input where it happened.
  public var line: Int
  /// A short excerpt before the change: context, the removed text, context.
  public var before: [Unicode.Scalar]
  /// The same excerpt after the change.
  public var after: [Unicode.Scalar]

  /// A change record.
  public init(rule: RuleID, line: Int, before: [Unicode.Scalar], after: [Unicode.Scalar]) {
    self.rule = rule
    self.line = line
    self.before = before
    self.after = after
  }
}
