/// Chinese numerals — everyday (`一二三…十百千万亿`, `两`, `〇/零`, `廿 卅 卌`) and financial
/// (`壹贰叁…拾佰仟`) — read to exact values with the grammar of the spoken language.
///
/// `两万三` = 23000 (a digit after the highest unit of a section counts in the next unit
/// down), `一万零五` = 10005 (`零` cancels that), `一百一` = 110, `十五` = 15, `二〇二三` =
/// 2023 (digit by digit when there is no unit), `三点五` = 3.5, `1.2万亿` handled by the
/// caller as Arabic digits followed by magnitudes.
public enum ChineseNumeral {
  /// The digit value of `c` (0–9), if it is a Chinese digit.
  @inline(__always)
  public static func digit(_ c: Unicode.Scalar) -> Int? {
    switch c {
    case "〇", "零": return 0
    case "一", "壹", "弌": return 1
    case "二", "两", "贰", "貳", "兩": return 2
    case "三", "叁", "參": return 3
    case "四", "肆": return 4
    case "五", "伍": return 5
    case "六", "陆", "陸": return 6
    case "七", "柒": return 7
    case "八", "捌": return 8
    case "九", "玖": return 9
    default: return nil
    }
  }

  /// The power of ten of a unit within a section: 十 1, 百 2, 千 3.
  @inline(__always)
  public static func unitPower(_ c: Unicode.Scalar) -> Int? {
    switch c {
    case "十", "拾": return 1
    case "百", "佰": return 2
    case "千", "仟": return 3
    default: return nil
    }
  }

  /// The power of ten of a magnitude: 万 4, 亿 8.
  @inline(__always)
  public static func magnitudePower(_ c: Unicode.Scalar) -> Int? {
    switch c {
    case "万", "萬": return 4
    case "亿", "億": return 8
    default: return nil
    }
  }

  /// 廿 20, 卅 30, 卌 40: tens written as one character.
  @inline(__always)
  static func tens(_ c: Unicode.Scalar) -> Int? {
    switch c {
    case "廿": return 20
    case "卅": return 30
    case "卌": return 40
    default: return nil
    }
  }

  /// True for any character a Chinese numeral is written with (`点` excluded: it is a
  /// decimal point only between numerals, which the reader checks).
  @inline(__always)
  public static func isNumeral(_ c: Unicode.Scalar) -> Bool {
    digit(c) != nil || unitPower(c) != nil || magnitudePower(c) != nil || tens(c) != nil
  }

  /// The value of a run of numeral characters (and `点` between digits), or nil when the run
  /// is not a well-formed numeral.
  public static func value<C: RandomAccessCollection>(_ run: C) -> ExactDecimal?
  where C.Element == Unicode.Scalar, C.Index == Int {
    let chars = Array(run)
    guard !chars.isEmpty else { return nil }
    if let point = chars.firstIndex(of: "点") {
      // 三点五亿: the decimal, then its magnitudes.
      var end = chars.count
      var shift = 0
      while end > point + 1, let power = magnitudePower(chars[end - 1]) {
        shift += power
        end -= 1
      }
      guard point > 0, point + 1 < end, let whole = value(chars[..<point]) else { return nil }
      var fraction: [UInt8] = []
      for c in chars[(point + 1)..<end] {
        guard let d = digit(c) else { return nil }
        fraction.append(UInt8(d))
      }
      return (whole + ExactDecimal(integer: [], fraction: fraction)).shifted(by: shift)
    }
    let hasUnit = chars.contains { unitPower($0) != nil || magnitudePower($0) != nil || tens($0) != nil }
    if !hasUnit {
      // Digit by digit: 二〇二三 = 2023; a single digit is itself.
      var digits: [UInt8] = []
      for c in chars {
        guard let d = digit(c) else { return nil }
        digits.append(UInt8(d))
      }
      return ExactDecimal(integer: digits)
    }
    return magnitudes(chars[...])
  }

  /// Splits at the highest magnitude present (亿, then 万) and reads each side.
  private static func magnitudes(_ chars: ArraySlice<Unicode.Scalar>) -> ExactDecimal? {
    for power in [8, 4] {
      guard let index = chars.firstIndex(where: { magnitudePower($0) == power }) else { continue }
      var end = index + 1
      var shift = power
      // 万亿: consecutive magnitudes multiply.
      while end < chars.endIndex, let next = magnitudePower(chars[end]) {
        shift += next
        end += 1
      }
      let left = chars[chars.startIndex..<index]
      let leftValue = left.isEmpty ? ExactDecimal(1) : magnitudes(left)
      guard let high = leftValue else { return nil }
      let right = chars[end...]
      guard !right.isEmpty else { return high.shifted(by: shift) }
      guard let low = tail(right, below: shift) else { return nil }
      return high.shifted(by: shift) + low
    }
    return section(chars)
  }

  /// What follows a magnitude: with `零` or a unit, its own value; a lone digit counts one
  /// unit below the magnitude (两万三 → 3000).
  private static func tail(_ chars: ArraySlice<Unicode.Scalar>, below power: Int) -> ExactDecimal? {
    if chars.count == 1, let d = digit(chars[chars.startIndex]), d != 0 {
      return ExactDecimal(d).shifted(by: power - 1)
    }
    if chars.first.flatMap(digit) == 0 { return magnitudes(chars.dropFirst()) }
    return magnitudes(chars)
  }

  /// A section below 万: digits with 十百千 (and 廿卅卌).
  private static func section(_ chars: ArraySlice<Unicode.Scalar>) -> ExactDecimal? {
    var total = ExactDecimal.zero
    var pending: Int?
    var lastPower = 4
    var zeroSeen = false
    for c in chars {
      if let d = digit(c) {
        if d == 0 {
          zeroSeen = true
          continue
        }
        guard pending == nil else { return nil }  // 三四 is not a section
        pending = d
      } else if let power = unitPower(c) {
        guard power < lastPower else { return nil }
        // 十五 = 15, 百余 = 100: a unit with no digit before it counts once.
        let implicitOne = total.isZero && !zeroSeen
        guard let d = pending ?? (implicitOne ? 1 : nil) else { return nil }
        total = total + ExactDecimal(d).shifted(by: power)
        pending = nil
        lastPower = power
        zeroSeen = false
      } else if let t = tens(c) {
        guard total.isZero, pending == nil else { return nil }
        total = ExactDecimal(t)
        lastPower = 1
      } else {
        return nil
      }
    }
    if let d = pending {
      // 三千五 = 3500, 一百一 = 110: a final digit right after a unit counts one unit lower.
      let power = zeroSeen || lastPower >= 4 || lastPower == 1 ? 0 : lastPower - 1
      total = total + ExactDecimal(d).shifted(by: power)
    }
    return total
  }
}
