/// An exact decimal number: a sign, a string of decimal digits and a power of ten.
///
/// Values of Chinese numerals are sums of digits times powers of ten, so addition and
/// scaling by powers of ten are all the arithmetic they need; both are exact at any size
/// (`99999999999999999999亿` has no overflow and no floating point).
public struct ExactDecimal: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// Most significant digit first; no leading zeros; empty for zero.
  private var digits: [UInt8]
  /// The value is `digits × 10^exponent`.
  private var exponent: Int
  /// True for a negative, non-zero value.
  public private(set) var isNegative: Bool

  /// Zero.
  public static let zero = ExactDecimal(digits: [], exponent: 0, negative: false)

  private init(digits: [UInt8], exponent: Int, negative: Bool) {
    var d = digits
    while d.first == 0 { d.removeFirst() }
    var e = exponent
    while let last = d.last, last == 0 {
      d.removeLast()
      e += 1
    }
    self.digits = d
    self.exponent = d.isEmpty ? 0 : e
    self.isNegative = negative && !d.isEmpty
  }

  /// A whole number.
  public init(_ value: Int) {
    var digits: [UInt8] = []
    var v = value.magnitude
    while v > 0 {
      digits.insert(UInt8(v % 10), at: 0)
      v /= 10
    }
    self.init(digits: digits, exponent: 0, negative: value < 0)
  }

  /// The number written with `integer` digits and `fraction` digits (values 0–9).
  public init(integer: [UInt8], fraction: [UInt8] = []) {
    self.init(digits: integer + fraction, exponent: -fraction.count, negative: false)
  }

  /// True for zero.
  public var isZero: Bool { digits.isEmpty }

  /// This value times 10^`power`.
  public func shifted(by power: Int) -> ExactDecimal {
    isZero ? self : ExactDecimal(digits: digits, exponent: exponent + power, negative: isNegative)
  }

  /// The negated value.
  public var negated: ExactDecimal {
    ExactDecimal(digits: digits, exponent: exponent, negative: !isNegative)
  }

  /// The sum of two non-negative values (the only sums numerals need).
  public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
    if a.isZero { return b }
    if b.isZero { return a }
    let e = min(a.exponent, b.exponent)
    let x = a.digits + [UInt8](repeating: 0, count: a.exponent - e)
    let y = b.digits + [UInt8](repeating: 0, count: b.exponent - e)
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


  /// True when `a` is less than `b` (both non-negative, or compared with signs).
  public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
    if a.isNegative != b.isNegative { return a.isNegative }
    let less = a.magnitudeLess(than: b)
    return a.isNegative ? (!less && a != b) : less
  }

  private func magnitudeLess(than other: ExactDecimal) -> Bool {
    if isZero { return !other.isZero }
    if other.isZero { return false }
    let ownLength = digits.count + exponent
    let otherLength = other.digits.count + other.exponent
    if ownLength != otherLength { return ownLength < otherLength }
    for k in 0..<max(digits.count, other.digits.count) {
      let x = k < digits.count ? digits[k] : 0
      let y = k < other.digits.count ? other.digits[k] : 0
      if x != y { return x < y }
    }
    return false
  }

  /// The plain decimal form: no exponent, no trailing fractional zeros (`6300000000000`,
  /// `0.007`, `-40`).
  public var description: String {
    if isZero { return "0" }
    var text = isNegative ? "-" : ""
    let chars = digits.map { Character(Unicode.Scalar($0 + 48)) }
    if exponent >= 0 {
      text += String(chars) + String(repeating: "0", count: exponent)
    } else if -exponent >= chars.count {
      text += "0." + String(repeating: "0", count: -exponent - chars.count) + String(chars)
    } else {
      let point = chars.count + exponent
      text += String(chars[..<point]) + "." + String(chars[point...])
    }
    return text
  }
}
