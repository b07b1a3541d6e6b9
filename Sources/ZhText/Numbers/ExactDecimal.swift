/// An exact decimal number: a sign, a coefficient of decimal digits and a power of ten.
///
/// Values of Chinese numerals are sums of digits times powers of ten, so addition and
/// scaling by powers of ten are all the arithmetic they need; both are exact at any size
/// (`99999999999999999999亿` has no overflow and no floating point). A coefficient of up
/// to 18 digits — every number in ordinary text — is held in a machine word and costs no
/// allocation; longer ones fall back to an array of digits.
public struct ExactDecimal: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The coefficient, without trailing zero digits (they are in the exponent): inline
  /// when it has at most 18 digits, else its digits, most significant first.
  private enum Coefficient: Hashable, Sendable {
    case small(UInt64)
    case large([UInt8])
  }

  private var coefficient: Coefficient
  /// The value is `coefficient × 10^exponent`.
  private var exponent: Int
  /// True for a negative, non-zero value.
  public private(set) var isNegative: Bool

  /// Zero.
  public static let zero = ExactDecimal(small: 0, exponent: 0, negative: false)

  /// 10^0 … 10^18.
  private static let powersOfTen: [UInt64] = (0...18).map { power in
    (0..<power).reduce(UInt64(1)) { value, _ in value * 10 }
  }

  /// Coefficients below this fit the inline form.
  private static let smallLimit = powersOfTen[18]

  private init(coefficient: Coefficient, exponent: Int, negative: Bool) {
    self.coefficient = coefficient
    self.exponent = exponent
    self.isNegative = negative
  }

  /// The canonical value `value × 10^exponent`.
  private init(small value: UInt64, exponent: Int, negative: Bool) {
    if value == 0 {
      self.init(coefficient: .small(0), exponent: 0, negative: false)
    } else if value >= Self.smallLimit {
      self.init(digits: Self.digits(of: value), exponent: exponent, negative: negative)
    } else {
      var v = value
      var e = exponent
      while v % 10 == 0 {
        v /= 10
        e += 1
      }
      self.init(coefficient: .small(v), exponent: e, negative: negative)
    }
  }

  /// The canonical value `digits × 10^exponent`.
  private init(digits: [UInt8], exponent: Int, negative: Bool) {
    let first = digits.firstIndex { $0 != 0 } ?? digits.count
    let last = digits.lastIndex { $0 != 0 } ?? -1
    if first > last {
      self.init(coefficient: .small(0), exponent: 0, negative: false)
      return
    }
    let significant = digits[first...last]
    let e = exponent + (digits.count - 1 - last)
    if significant.count <= 18 {
      self.init(small: significant.reduce(0) { $0 * 10 + UInt64($1) }, exponent: e, negative: negative)
    } else {
      self.init(coefficient: .large(Array(significant)), exponent: e, negative: negative)
    }
  }

  /// A whole number.
  public init(_ value: Int) {
    self.init(small: UInt64(value.magnitude), exponent: 0, negative: value < 0)
  }

  /// The number written with `integer` digits and `fraction` digits (values 0–9).
  public init(integer: [UInt8], fraction: [UInt8] = []) {
    if integer.count + fraction.count <= 18 {
      var value: UInt64 = 0
      for d in integer { value = value * 10 + UInt64(d) }
      for d in fraction { value = value * 10 + UInt64(d) }
      self.init(small: value, exponent: -fraction.count, negative: false)
    } else {
      self.init(digits: integer + fraction, exponent: -fraction.count, negative: false)
    }
  }

  /// True for zero.
  public var isZero: Bool { coefficient == .small(0) }

  /// This value times 10^`power`.
  public func shifted(by power: Int) -> ExactDecimal {
    var result = self
    if !isZero { result.exponent += power }
    return result
  }

  /// The negated value.
  public var negated: ExactDecimal {
    var result = self
    result.isNegative = !isNegative && !isZero
    return result
  }

  /// The sum of two non-negative values (the only sums numerals need).
  public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
    if a.isZero { return b }
    if b.isZero { return a }
    let e = min(a.exponent, b.exponent)
    if case .small(let x) = a.coefficient, case .small(let y) = b.coefficient,
      let x = scaled(x, by: a.exponent - e), let y = scaled(y, by: b.exponent - e)
    {
      let (sum, overflow) = x.addingReportingOverflow(y)
      if !overflow { return ExactDecimal(small: sum, exponent: e, negative: a.isNegative) }
    }
    let x = a.digitArray + [UInt8](repeating: 0, count: a.exponent - e)
    let y = b.digitArray + [UInt8](repeating: 0, count: b.exponent - e)
    var result: [UInt8] = []
    var carry: UInt8 = 0
    var i = x.count - 1
    var j = y.count - 1
    while i >= 0 || j >= 0 || carry > 0 {
      let s = (i >= 0 ? x[i] : 0) + (j >= 0 ? y[j] : 0) + carry
      result.append(s % 10)
      carry = s / 10
      i -= 1
      j -= 1
    }
    return ExactDecimal(digits: result.reversed(), exponent: e, negative: a.isNegative)
  }

  /// `value × 10^power`, or nil when it does not fit in 64 bits.
  private static func scaled(_ value: UInt64, by power: Int) -> UInt64? {
    guard power < powersOfTen.count else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: powersOfTen[power])
    return overflow ? nil : product
  }

  /// True when `a` is less than `b` (both non-negative, or compared with signs).
  public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
    if a.isNegative != b.isNegative { return a.isNegative }
    let less = a.magnitudeLess(than: b)
    return a.isNegative ? (!less && a != b) : less
  }

  private func magnitudeLess(than other: ExactDecimal) -> Bool {
    if isZero { return !other.isZero }
    if other.isZero { return false }
    let digits = digitArray
    let otherDigits = other.digitArray
    let ownLength = digits.count + exponent
    let otherLength = otherDigits.count + other.exponent
    if ownLength != otherLength { return ownLength < otherLength }
    for k in 0..<max(digits.count, otherDigits.count) {
      let x = k < digits.count ? digits[k] : 0
      let y = k < otherDigits.count ? otherDigits[k] : 0
      if x != y { return x < y }
    }
    return false
  }

  /// The coefficient's digits, most significant first (empty for zero).
  private var digitArray: [UInt8] {
    switch coefficient {
    case .small(let value): return value == 0 ? [] : Self.digits(of: value)
    case .large(let digits): return digits
    }
  }

  private static func digits(of value: UInt64) -> [UInt8] {
    var digits: [UInt8] = []
    var v = value
    while v > 0 {
      digits.append(UInt8(v % 10))
      v /= 10
    }
    return digits.reversed()
  }

  /// The value as an `Int` when it is a whole number that fits one (most do).
  public var smallInteger: Int? {
    guard case .small(let value) = coefficient, exponent >= 0, exponent < 19,
      case let (scaled, overflow) = value.multipliedReportingOverflow(by: Self.powersOfTen[exponent]), !overflow,
      scaled <= UInt64(Int.max)
    else { return nil }
    return isNegative ? -Int(scaled) : Int(scaled)
  }

  /// The plain decimal form: no exponent, no trailing fractional zeros (`6300000000000`,
  /// `0.007`, `-40`).
  public var description: String {
    if isZero { return "0" }
    if let whole = smallInteger { return String(whole) }
    let digits = digitArray
    let count = digits.count
    var text: [UInt8] = []
    text.reserveCapacity(count + Swift.max(exponent, -exponent) + 3)
    if isNegative { text.append(UInt8(ascii: "-")) }
    func ascii(_ digits: ArraySlice<UInt8>) { for d in digits { text.append(d + 0x30) } }
    if exponent >= 0 {
      ascii(digits[...])
      text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exponent))
    } else if -exponent >= count {
      text += [UInt8(ascii: "0"), UInt8(ascii: ".")]
      text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -exponent - count))
      ascii(digits[...])
    } else {
      let point = count + exponent
      ascii(digits[..<point])
      text.append(UInt8(ascii: "."))
      ascii(digits[point...])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
