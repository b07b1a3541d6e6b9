/// Everything that selects what normalize does; the command line maps onto it one to one.
public struct NormalizeOptions: Sendable, Equatable {
  /// How stray traditional characters are handled (`--t2s`).
  public enum TraditionalMode: String, Sendable, CaseIterable {
    /// Leave every character as it is.
    case off
    /// Convert only characters outside the general standard table (the default).
    case stray
  }

  /// The rules that run (`--disable` removes from it; options add `nfkc`, `dash`, `tilde`,
  /// `pangu`).
  public var rules: Set<RuleID> = Set(RuleID.defaults) {
    didSet { mask = Self.mask(of: rules) }
  }
  private var mask = Self.mask(of: Set(RuleID.defaults))
  /// `--t2s`.
  public var traditional: TraditionalMode = .stray
  /// `--dehyphenate`: drop a line-final hyphen between lowercase letters when joining.
  public var dehyphenate = false
  /// `--blank-line`: an empty line between output paragraphs.
  public var blankLine = false

  /// The default options.
  public init() {}

  /// Options that only lay lines out (the layout rules; no rule changes the text), as
  /// tag-sections reads documents.
  public static let layoutOnly: NormalizeOptions = {
    var options = NormalizeOptions()
    options.rules = RuleID.layout
    return options
  }()

  /// True when `rule` runs.
  @inline(__always)
  public func runs(_ rule: RuleID) -> Bool { mask & Self.bit(rule) != 0 }

  private static func bit(_ rule: RuleID) -> UInt32 {
    1 << UInt32(rule.ordinal)
  }

  private static func mask(of rules: Set<RuleID>) -> UInt32 { rules.reduce(0) { $0 | bit($1) } }
}
