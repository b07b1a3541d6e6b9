/// Reading UTF-8 that is valid by construction — the text layout holds, with stand-ins kept
/// (`ScalarCoding.encodeKeepingStandIns`) — one scalar at a time from either end, without
/// decoding the rest.
enum ValidUTF8 {
  /// The scalar whose encoding starts at `offset`, and where the next one starts.
  @inline(__always)
  static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, next: Int) {
    let b0 = UInt32(bytes[offset])
    if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), offset + 1) }
    var value: UInt32
    var length: Int
    if b0 < 0xE0 {
      value = b0 & 0x1F
      length = 2
    } else if b0 < 0xF0 {
      value = b0 & 0x0F
      length = 3
    } else {
      value = b0 & 0x07
      length = 4
    }
    for k in 1..<length { value = value << 6 | UInt32(bytes[offset + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", offset + length)
  }

  /// Where the scalar that ends at `offset` starts.
  @inline(__always)
  static func start(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var k = offset - 1
    while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
    return k
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
