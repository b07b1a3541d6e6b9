/// Reading UTF-8 that is valid by construction — the text layout holds, with stand-ins kept
/// (`ScalarCoding.encodeKeepingStandIns`) — one scalar at a time from either end, without
/// decoding the rest.
enum ValidUTF8 {
  /// The scalar whose encoding starts at `offset`, and where the next one starts.
  @inline(__always)
  static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, next: Int) {
    let b0 = UInt32(bytes[offset])
    if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), offset + 1) }
    let b1 = UInt32(bytes[offset + 1] & 0x3F)
    if b0 < 0xE0 { return (Unicode.Scalar(UInt16((b0 & 0x1F) << 6 | b1))!, offset + 2) }
    let b2 = UInt32(bytes[offset + 2] & 0x3F)
    if b0 < 0xF0 { return (Unicode.Scalar(UInt16(truncatingIfNeeded: (b0 & 0x0F) << 12 | b1 << 6 | b2)) ?? "\u{FFFD}", offset + 3) }
    let value = (b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | UInt32(bytes[offset + 3] & 0x3F)
    return (Unicode.Scalar(value) ?? "\u{FFFD}", offset + 4)
  }

  /// Where the scalar that ends at `offset` starts.
  @inline(__always)
  static func start(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var k = offset - 1
    while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
    return k
  }

  /// The length of the extraction space (U+0020, U+00A0, U+3000) whose encoding starts at
  /// `offset`, or 0 when none does.
  @inline(__always)
  static func spaceLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let b = bytes[offset]
    if b == 0x20 { return 1 }
    if b == 0xC2 && offset + 1 < bytes.count && bytes[offset + 1] == 0xA0 { return 2 }
    if b == 0xE3 && offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x80 { return 3 }
    return 0
  }

  /// Where the first character of `bytes` that is not an extraction space starts (or the end).
  static func firstNonSpace(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var i = 0
    while i < bytes.count {
      let length = spaceLength(at: i, in: bytes)
      if length == 0 { break }
      i += length
    }
    return i
  }

  /// The last scalar of `bytes` that `test` holds for, read from the end.
  static func last(in bytes: UnsafeBufferPointer<UInt8>, where test: (Unicode.Scalar) -> Bool) -> Unicode.Scalar? {
    var end = bytes.count
    while end > 0 {
      let start = start(before: end, in: bytes)
      let scalar = scalar(at: start, in: bytes).0
      if test(scalar) { return scalar }
      end = start
    }
    return nil
  }

  /// The scalars of `bytes` in order, decoded as they are asked for.
  struct Scalars: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> Unicode.Scalar? {
      guard offset < bytes.count else { return nil }
      let (scalar, next) = ValidUTF8.scalar(at: offset, in: bytes)
      offset = next
      return scalar
    }
  }

  /// The scalars of `bytes`, all of them.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    ScalarCoding.decode(bytes, into: &scalars)
    return scalars
  }
}
