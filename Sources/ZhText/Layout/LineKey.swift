/// A line's text without its spaces, as running headers are compared: its UTF-8 bytes,
/// hashed once when the key is made rather than a character at a time at every lookup.
struct LineKey: Hashable {
  /// The UTF-8 of the line's characters that are not spaces.
  let bytes: [UInt8]
  /// A hash of `bytes`, computed once.
  private let digest: UInt64

  /// The key of `text`, UTF-8 with stand-ins kept (see `ParagraphText`): without U+0020,
  /// U+00A0 and U+3000. Its bytes are built in `storage`, emptied first, whose buffer the
  /// caller keeps from key to key: a key that is only looked up, as most are, allocates
  /// nothing (one that is kept takes the buffer, and the next key a new one).
  init(_ text: UnsafeBufferPointer<UInt8>, storage: inout [UInt8]) {
    storage.removeAll(keepingCapacity: true)
    storage.reserveCapacity(text.count)
    // The runs between spaces, each copied whole.
    var run = 0
    var i = 0
    while i < text.count {
      // Eight bytes at a time while none can start a space (0x20, or the lead byte 0xC2
      // or 0xE3 of U+00A0 and U+3000).
      if i + 8 <= text.count, !Self.mayStartSpace(UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
        i += 8
        continue
      }
      let space = ValidUTF8.spaceLength(at: i, in: text)
      if space == 0 {
        i += 1
        continue
      }
      storage.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i]))
      i += space
      run = i
    }
    storage.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
    self.bytes = storage
    self.digest = storage.withUnsafeBytes(Self.digest)
  }

  /// True when one of the eight bytes of `word` is 0x20, 0xC2 or 0xE3 (or, rarely, when a
  /// byte next to one equal to them borrows: a false alarm only sends the caller to the
  /// byte-at-a-time check).
  @inline(__always)
  private static func mayStartSpace(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
    return zeroByte(word ^ (0x20 &* ones)) | zeroByte(word ^ (0xC2 &* ones)) | zeroByte(word ^ (0xE3 &* ones)) != 0
  }

  /// A hash of `bytes`, eight at a time (multiply and shift, as 64-bit mixers do).
  private static func digest(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var digest: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var i = 0
    while i + 8 <= bytes.count {
      digest = (digest ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      digest ^= digest >> 32
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < bytes.count {
      tail |= UInt64(bytes[i]) << shift
      shift += 8
      i += 1
    }
    digest = (digest ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return digest ^ digest >> 29
  }

  func hash(into hasher: inout Hasher) { hasher.combine(digest) }

  static func == (a: LineKey, b: LineKey) -> Bool { a.digest == b.digest && a.bytes == b.bytes }
}
