/// A numeric expression found in text, with its exact value.
///
/// `start` and `end` are Unicode scalar offsets into the text it was found in (end
/// exclusive); the text at that span is the literal expression, never normalised.
public struct NumericExpression: Equatable, Sendable {
  /// What kind of quantity it is.
  public enum Kind: String, Sendable, CaseIterable {
    case number, percent, fraction, ordinal, range, date, currency, marker
  }

  /// How the stated value relates to the true one.
  public enum Qualifier: String, Sendable {
    /// More than stated: `多 余 来`, `十几`, `超过 逾 以上`.
    case over
    /// Less than stated: `近 将近 不到 以下 以内`.
    case under
    /// Around the stated value: `约 左右 上下`.
    case about
    /// Only an order of magnitude: `数十`, `几百`, `三四`.
    case vague
  }

  /// Start offset (scalars).
  public var start: Int
  /// End offset (scalars, exclusive).
  public var end: Int
  /// The kind.
  public var kind: Kind
  /// The exact value as a decimal string (`"16000"`, `"5.2%"`, `"1/3"`, `"[3,5]"`); nil
  /// when the text states no value (`数十`).
  public var value: String?
  /// For ranges: the lower and upper ends.
  public var minimum: String?
  /// For ranges: the upper end.
  public var maximum: String?
  /// The value is approximate.
  public var approximate: Bool
  /// How it is approximate.
  public var qualifier: Qualifier?
  /// The unit or classifier that follows (`个`, `人次`, `元`, `年`).
  public var unit: String?

  /// An expression.
  public init(
    start: Int, end: Int, kind: Kind, value: String?, minimum: String? = nil,
    maximum: String? = nil, approximate: Bool = false, qualifier: Qualifier? = nil,
    unit: String? = nil
  ) {
    self.start = start
    self.end = end
    self.kind = kind
    self.value = value
    self.minimum = minimum
    self.maximum = maximum
    self.approximate = approximate
    self.qualifier = qualifier
    self.unit = unit
  }
}
