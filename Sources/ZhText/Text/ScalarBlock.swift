/// Tests eight characters at a time for the few a scan looks for (the extraction spaces
/// U+0020, U+00A0, U+3000; a pair of given characters), so that a scan passes over text
/// without them (most text) with a few vector compares a block instead of a few compares a
/// character.
///
/// The constants are vectors declared with their type: a scalar operand, or a
/// `SIMD8(repeating:)` whose type is inferred from the comparison, compiled to a compare a
/// lane through memory.
enum ScalarBlock {
  /// The eight scalar values at `p`.
  @inline(__always)
  static func at(_ p: UnsafePointer<Unicode.Scalar>) -> SIMD8<UInt32> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<UInt32>.self)
  }

  /// Whether any lane of `block` is a space.
  @inline(__always)
  static func hasSpace(_ block: SIMD8<UInt32>) -> Bool {
    let space = SIMD8<UInt32>(repeating: 0x20), noBreak = SIMD8<UInt32>(repeating: 0xA0)
    let ideographic = SIMD8<UInt32>(repeating: 0x3000)
    return any((block .== space) .| (block .== noBreak) .| (block .== ideographic))
  }

  /// Whether any lane of `block` is `a` or `b`.
  @inline(__always)
  static func has(_ a: UInt32, or b: UInt32, in block: SIMD8<UInt32>) -> Bool {
    let first = SIMD8<UInt32>(repeating: a), second = SIMD8<UInt32>(repeating: b)
    return any((block .== first) .| (block .== second))
  }

  /// The offset of the first space in `text` at or after `start`, or `text.count`.
  static func firstSpace(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
    first(in: text, from: start, blockHas: hasSpace, is: \.isSpaceLike)
  }

  /// The offset of the first `a` or `b` in `text` at or after `start`, or `text.count`.
  static func first(
    _ a: Unicode.Scalar, or b: Unicode.Scalar, in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int
  ) -> Int {
    first(in: text, from: start, blockHas: { has(a.value, or: b.value, in: $0) }, is: { $0 == a || $0 == b })
  }

  /// The offset of the first character at or after `start` that `test` holds for, or
  /// `text.count`: blocks of eight for which `blockHas` is false are passed over whole.
  @inline(__always)
  private static func first(
    in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, blockHas: (SIMD8<UInt32>) -> Bool,
    is test: (Unicode.Scalar) -> Bool
  ) -> Int {
    var i = start
    if let base = text.baseAddress {
      while i + 8 <= text.count && !blockHas(at(base + i)) { i += 8 }
    }
    while i < text.count && !test(text[i]) { i += 1 }
    return i
  }
}
