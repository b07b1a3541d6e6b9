/// The numbering that opens a heading or list item in Chinese documents, and its level on
/// the ladder of official documents (GB/T 9704): `一、` 1, `（一）` 2, `1.` 3, `（1）` 4, `①` 5;
/// `第X章/节/条` form a ladder of their own above.
public struct HeadingMarker: Equatable, Sendable {
  /// The kind of numbering.
  public enum Kind: Int, Sendable, Comparable {
    /// `第一章`, `第二节`, `第三条`, `第一部分`.
    case chapter = 0
    /// `一、`
    case chineseEnumeration = 1
    /// `（一）` or `(一)`
    case chineseParenthesized = 2
    /// `1.` `1．` `1、`
    case arabicEnumeration = 3
    /// `（1）` or `(1)`
    case arabicParenthesized = 4
    /// `①`, `㈠`
    case circled = 5

    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  /// The kind, which gives the level.
  public let kind: Kind
  /// How many scalars the marker takes at the start of the text (spaces after it included).
  public let length: Int

  /// The ladder level (0 for chapters).
  public var level: Int { kind.rawValue }

  /// The numerals of Chinese heading markers: 〇零一二三四五六七八九十百两.
  private static func isChineseDigit(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "两": return true
    default: return false
    }
  }

  /// False when no marker starts with `c`: `match` finds none in a text that does.
  static func mayStart(with c: Unicode.Scalar) -> Bool {
    (0x2460...0x2473).contains(c.value) || (0x3220...0x3229).contains(c.value) || c == "第" || c == "（" || c == "("
      || isChineseDigit(c) || c.isASCIIDigit
  }

  /// The marker at the start of `text` (after leading spaces are skipped by the caller).
  public static func match<C: RandomAccessCollection>(_ text: C) -> HeadingMarker?
  where C.Element == Unicode.Scalar, C.Index == Int {
    let s = text
    var i = s.startIndex
    let end = s.endIndex
    guard i < end else { return nil }
    func skipSpaces(_ k: Int) -> Int {
      var k = k
      while k < end && s[k].isSpaceLike { k += 1 }
      return k
    }
    func result(_ kind: Kind, _ k: Int) -> HeadingMarker {
      HeadingMarker(kind: kind, length: skipSpaces(k) - s.startIndex)
    }
    let first = s[i]
    if (0x2460...0x2473).contains(first.value) || (0x3220...0x3229).contains(first.value) {
      return result(.circled, i + 1)
    }
    if first == "第" {
      var k = i + 1
      while k < end && (isChineseDigit(s[k]) || s[k].isASCIIDigit) { k += 1 }
      guard k > i + 1, k < end else { return nil }
      if "章节条篇".unicodeScalars.contains(s[k]) { return result(.chapter, k + 1) }
      if s[k] == "部", k + 1 < end, s[k + 1] == "分" { return result(.chapter, k + 2) }
      return nil
    }
    if first == "（" || first == "(" {
      var k = i + 1
      let digitsStart = k
      let arabic = k < end && s[k].isASCIIDigit
      while k < end && (arabic ? s[k].isASCIIDigit : isChineseDigit(s[k])) { k += 1 }
      guard k > digitsStart, k - digitsStart <= 3, k < end, s[k] == "）" || s[k] == ")" else {
        return nil
      }
      return result(arabic ? .arabicParenthesized : .chineseParenthesized, k + 1)
    }
    if isChineseDigit(first) {
      var k = i
      while k < end && isChineseDigit(s[k]) { k += 1 }
      guard k - i <= 3, k < end, s[k] == "、" else { return nil }
      return result(.chineseEnumeration, k + 1)
    }
    if first.isASCIIDigit {
      while i < end && s[i].isASCIIDigit { i += 1 }
      guard i - s.startIndex <= 2, i < end, s[i] == "." || s[i] == "．" || s[i] == "、" else {
        return nil
      }
      // `2.8%`, `1.5万` are numbers, not markers: a marker is not followed by a digit.
      guard i + 1 < end, !s[i + 1].isASCIIDigit, s[i + 1] != "%" else { return nil }
      return result(.arabicEnumeration, i + 1)
    }
    return nil
  }
}
