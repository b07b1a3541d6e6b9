/// Three-byte UTF-8 sequences — U+0800 to U+FFFF, where every common Han character and all
/// CJK punctuation lie — read straight from their bytes: the fast paths of the decoder and
/// of the inert-line scan, which go through Chinese text two characters at a time while
/// eight bytes remain, then one at a time.
///
/// Only the lead and trail bits are checked: an overlong form comes back as a value below
/// U+0800 and a surrogate as one in D800–DFFF, for the caller to refuse (`isWellFormed`).
enum ThreeByteSequence {
  /// The values of the two sequences at `p`, or nil when its first six bytes are not two
  /// three-byte sequences. Reads eight bytes.
  @inline(__always)
  static func pair(at p: UnsafePointer<UInt8>) -> (UInt32, UInt32)? {
    let w = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    guard w & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0 else { return nil }
    return (value(UInt32(truncatingIfNeeded: w)), value(UInt32(truncatingIfNeeded: w >> 24)))
  }

  /// The values of the four sequences at `p`, or nil when its first twelve bytes are not
  /// four three-byte sequences. Reads fourteen bytes (two eight-byte loads), and works on
  /// the four as one vector.
  @inline(__always)
  static func quad(at p: UnsafePointer<UInt8>) -> SIMD4<UInt32>? {
    let raw = UnsafeRawPointer(p)
    let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 6, as: UInt64.self))
    let w = SIMD4<UInt32>(
      UInt32(truncatingIfNeeded: low), UInt32(truncatingIfNeeded: low >> 24),
      UInt32(truncatingIfNeeded: high), UInt32(truncatingIfNeeded: high >> 24))
    guard all(w & 0xC0_C0F0 .== 0x80_80E0) else { return nil }
    return (w & 0x0F) &<< 12 | (w &>> 8 & 0x3F) &<< 6 | (w &>> 16 & 0x3F)
  }

  /// True when each of the four values is a scalar's own three-byte form (`isWellFormed`).
  @inline(__always)
  static func areWellFormed(_ values: SIMD4<UInt32>) -> Bool {
    all(values .>= 0x800 .& (values & 0xF800 .!= 0xD800))
  }

  /// The value of the sequence at `p`, or nil when its first three bytes are not one.
  /// Reads three bytes.
  @inline(__always)
  static func single(at p: UnsafePointer<UInt8>) -> UInt32? {
    let w = UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16
    guard w & 0xC0_C0F0 == 0x80_80E0 else { return nil }
    return value(w)
  }

  /// True when `value` is a scalar's own three-byte form: no overlong form, no surrogate.
  @inline(__always)
  static func isWellFormed(_ value: UInt32) -> Bool { value >= 0x800 && value & 0xF800 != 0xD800 }

  /// The value of the sequence in the low three bytes of `w`, first byte lowest.
  @inline(__always)
  private static func value(_ w: UInt32) -> UInt32 {
    (w & 0x0F) << 12 | (w >> 8 & 0x3F) << 6 | (w >> 16 & 0x3F)
  }
}
