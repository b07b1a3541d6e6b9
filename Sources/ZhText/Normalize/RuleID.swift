/// The stable identifier of a normalize rule, used by `--report` and `--disable`.
public enum RuleID: String, CaseIterable, Sendable, Comparable {
  case encoding, nfc, width, radical, ellipsis, t2s, doubled, space, punct, bracket, quote
  case continuation, toc, header, caption, reflow
  /// Rules that only options turn on.
  case nfkc, dash, tilde, pangu

  /// The rules that run unless disabled (`nfkc`, `dash`, `tilde`, `pangu` need an option).
  public static let defaults: [RuleID] = [
    .encoding, .nfc, .width, .radical, .ellipsis, .t2s, .doubled, .space, .punct, .bracket,
    .quote, .continuation, .toc, .header, .caption, .reflow,
  ]

  public static func < (a: RuleID, b: RuleID) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}
