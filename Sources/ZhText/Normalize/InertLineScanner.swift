#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Recognizes, from its UTF-8 bytes alone, an input line that normalize would leave exactly
/// as it is when the line is a paragraph of its own (`--no-reflow`), so that it can be
/// copied to the output without being decoded, normalized and encoded again.
///
/// A line qualifies when it is valid UTF-8, every character in it is *inert* — in the BMP,
/// NFC-stable when rule `nfc` runs, none of the characters rule `encoding` removes, no
/// space and no form feed, and among the trigger characters (`TextFeatures`) of no
/// paragraph rule in force — and it cannot be a fake-bold line for rule `doubled`. The
/// paragraph rules edit nothing without their triggers (a test holds each to that), and a
/// test holds the scanner to its promise for every BMP character.
public struct InertLineScanner: Sendable {
  /// One bit per BMP scalar value: set when the character is inert.
  private let inert: [UInt64]
  private let checksDoubled: Bool

  /// The scanner for `options`; nil when no line can be judged from its bytes (layout joins
  /// lines, or `nfkc` or `pangu` may change any character).
  public init?(options: NormalizeOptions) {
    guard !options.runs(.reflow), !options.runs(.nfkc), !options.runs(.pangu) else { return nil }
    var triggers: TextFeatures = .space
    if options.runs(.nfc) { triggers.insert(.nonNFCStable) }
    for step in ParagraphRules.steps where options.runs(step.rule) {
      if step.rule == .t2s && options.traditional != .stray { continue }
      triggers.formUnion(step.trigger)
    }
    let table = TextFeatures.table
    let removes = options.runs(.encoding)
    var inert = [UInt64](repeating: 0, count: 0x10000 / 64)
    for v in 0..<0x10000 {
      guard let scalar = Unicode.Scalar(UInt32(v)), v != 0x0C,
        TextFeatures(rawValue: table[v]).isDisjoint(with: triggers),
        !(removes && EncodingRule.isRemoved(scalar))
      else { continue }
      inert[v >> 6] |= 1 << UInt64(v & 63)
    }
    self.inert = inert
    self.checksDoubled = options.runs(.doubled)
  }

  /// True when normalize leaves `line` (without its line end) unchanged.
  public func isInert(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let p = line.baseAddress else { return true }
    let n = line.count
    var scalars = 0
    var i = 0
    let found: Bool = inert.withUnsafeBufferPointer { bits in
      @inline(__always) func isInert(_ v: UInt32) -> Bool {
        bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
      }
      while i < n {
        let b0 = p[i]
        var value: UInt32
        if b0 < 0x80 {
          value = UInt32(b0)
          i &+= 1
        } else if b0 & 0xF0 == 0xE0 {
          guard i &+ 2 < n else { return false }
          let b1 = p[i &+ 1]
          let b2 = p[i &+ 2]
          guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return false }
          value = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
          // Overlong forms and surrogates are invalid; the decoder would report them.
          guard value >= 0x800, value & 0xF800 != 0xD800 else { return false }
          i &+= 3
        } else if b0 & 0xE0 == 0xC0 && b0 >= 0xC2 {
          guard i &+ 1 < n, p[i &+ 1] & 0xC0 == 0x80 else { return false }
          value = UInt32(b0 & 0x1F) << 6 | UInt32(p[i &+ 1] & 0x3F)
          i &+= 2
        } else {
          return false  // outside the BMP, or invalid
        }
        guard isInert(value) else { return false }
        scalars &+= 1
      }
      return true
    }
    guard found else { return false }
    // A doubled line is its chunks each written twice: an even number of characters and of
    // bytes, opening with a repeated run.
    return !(checksDoubled && scalars >= 4 && scalars <= DoubledGlyphRule.maximumLength
      && scalars & 1 == 0 && n & 1 == 0 && Self.opensWithRepeatedBytes(line))
  }

  /// True when `line` starts with some run of bytes written twice in a row: necessary for
  /// a line that starts with a doubled chunk of characters, which rule `doubled` requires.
  private static func opensWithRepeatedBytes(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    let first = line[0]
    var length = 1
    while 2 * length <= line.count {
      if line[length] == first && memcmp(line.baseAddress!, line.baseAddress! + length, length) == 0 {
        return true
      }
      length += 1
    }
    return false
  }
}
