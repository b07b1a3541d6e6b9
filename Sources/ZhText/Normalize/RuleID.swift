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

  /// The layout rules: they join and label lines but never change the text of one
  /// (`--no-reflow` turns them off; tag-sections runs only them).
  public static let layout: Set<RuleID> = [.reflow, .toc, .header, .caption]

  /// The rule's position in `allCases` (report order, bit in rule masks).
  public var ordinal: Int {
    switch self {
    case .encoding: 0
    case .nfc: 1
    case .width: 2
    case .radical: 3
    case .ellipsis: 4
    case .t2s: 5
    case .doubled: 6
    case .space: 7
    case .punct: 8
    case .bracket: 9
    case .quote: 10
    case .continuation: 11
    case .toc: 12
    case .header: 13
    case .caption: 14
    case .reflow: 15
    case .nfkc: 16
    case .dash: 17
    case .tilde: 18
    case .pangu: 19
    }
  }

  public static func < (a: RuleID, b: RuleID) -> Bool { a.ordinal < b.ordinal }
}
