/// Tests eight characters at a time for the extraction spaces (U+0020, U+00A0, U+3000), so
/// that a scan for spaces passes over text without them (most text) with three vector
/// compares a block instead of three compares a character.
enum SpaceScan {
  /// The eight scalar values at `p`.
  @inline(__always)
  static func block(at p: UnsafePointer<Unicode.Scalar>) -> SIMD8<UInt32> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<UInt32>.self)
  }

  /// Whether any lane of `block` is a space. (The constants are vectors declared with their
  /// type: a scalar operand, or a `SIMD8(repeating:)` whose type is inferred from the
  /// comparison, compiled to a compare a lane through memory.)
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
    var i = start
    if let base = text.baseAddress {
      while i + 8 <= text.count && !hasSpace(block(at: base + i)) { i += 8 }
    }
    while i < text.count && !text[i].isSpaceLike { i += 1 }
    return i
  }
}
