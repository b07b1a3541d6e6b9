/// A line's text without its spaces, as running headers are compared: its UTF-8 bytes,
/// hashed once when the key is made rather than a character at a time at every lookup.
struct LineKey: Hashable {
  /// The UTF-8 of the line's characters that are not spaces.
  let bytes: [UInt8]
  /// A hash of `bytes`, computed once.
  private let digest: UInt64

  /// The key of `text`, UTF-8 with stand-ins kept (see `ParagraphText`): without U+0020,
  /// U+00A0 and U+3000.
  init(_ text: UnsafeBufferPointer<UInt8>) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.count)
    var i = 0
    while i < text.count {
      let b = text[i]
      if b == 0x20 {
        i += 1
      } else if b == 0xC2 && i + 1 < text.count && text[i + 1] == 0xA0 {
        i += 2
      } else if b == 0xE3 && i + 2 < text.count && text[i + 1] == 0x80 && text[i + 2] == 0x80 {
        i += 3
      } else {
        bytes.append(b)
        i += 1
      }
    }
    // FNV-1a, 64 bits.
    var digest: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in bytes { digest = (digest ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    self.bytes = bytes
    self.digest = digest
  }

  func hash(into hasher: inout Hasher) { hasher.combine(digest) }

  static func == (a: LineKey, b: LineKey) -> Bool { a.digest == b.digest && a.bytes == b.bytes }
}
