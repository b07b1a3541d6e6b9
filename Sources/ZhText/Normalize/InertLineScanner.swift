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
  /// One bit per BMP scalar value, set when the character is inert: word `v >> 6` holds
  /// bit `v & 63` of scalar value `v`, which is also how a three-byte sequence indexes it
  /// (its lead and second byte pick the word, its last byte the bit). Words 0 to 31, which
  /// three-byte sequences reach only in overlong form, are clear; the scalars below U+0800
  /// have their words after the first 1,024.
  private let inert: [UInt64]
  private let checksDoubled: Bool

  /// The scanner for `options`; nil when no line can be judged from its bytes (layout joins
  /// lines, or `nfkc` or `pangu` may change any character).
  public init?(options: NormalizeOptions) {
    guard !options.runs(.reflow), let triggers = ParagraphRules(options: options).triggers else { return nil }
    // A word of bits at a time from the feature table, then the characters that are not
    // inert whatever their features cleared: LF, CR and NUL, which end lines or documents
    // (so a scan of several lines stops at each), the form feed, what rule `encoding`
    // removes, and the surrogates, which are no characters.
    var inert = [UInt64](repeating: 0, count: 0x10000 / 64 + Self.shortWords)
    TextFeatures.table.withUnsafeBufferPointer { table in
      for word in 0..<(0x10000 / 64) {
        var bits: UInt64 = 0
        for bit in 0..<64 where table[word << 6 | bit] & triggers.rawValue == 0 { bits |= 1 << UInt64(bit) }
        inert[Self.word(of: word << 6)] = bits
      }
    }
    var notInert: [UInt32] = [0x0C, 0x0A, 0x0D, 0]
    if options.runs(.encoding) { notInert += EncodingRule.removedCharacters }
    for v in notInert { inert[Self.word(of: Int(v))] &= ~(1 << UInt64(v & 63)) }
    for word in (0xD800 / 64)..<(0xE000 / 64) { inert[word] = 0 }
    self.inert = inert
    self.checksDoubled = options.runs(.doubled)
  }

  /// The words of the scalars below U+0800, after the 1,024 of the three-byte sequences.
  private static let shortWords = 0x800 / 64

  /// The word of `inert` that holds scalar value `v`.
  @inline(__always)
  private static func word(of v: Int) -> Int { v < 0x800 ? 0x400 + (v >> 6) : v >> 6 }

  /// The bit of the three-byte sequence's `value` in `bits`: word `value >> 6`, which for
  /// an overlong form (below U+0800) is one of the clear words 0 to 31.
  @inline(__always)
  private static func isSet(_ value: UInt32, in bits: UnsafeBufferPointer<UInt64>) -> Bool {
    bits[Int(value >> 6)] >> UInt64(value & 63) & 1 != 0
  }

  /// True when normalize leaves `line` (without its line end) unchanged.
  public func isInert(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let p = line.baseAddress else { return true }
    let span = inertSpan(p, from: 0, to: line.count)
    return span.end == line.count && !mayBeDoubled(line, scalars: span.scalars)
  }

  /// The whole lines at the start of `bytes`, each ended by LF, CRLF or CR as
  /// `LineSplitter` ends lines, that normalize leaves unchanged (see `isInert`), as one run.
  public func inertLines(_ bytes: UnsafeBufferPointer<UInt8>) -> LineRun {
    guard let p = bytes.baseAddress else { return LineRun.none }
    let n = bytes.count
    var lineStart = 0
    var lines = 0
    while true {
      let span = inertSpan(p, from: lineStart, to: n)
      let end = span.end
      // The line ends at an LF, at a CRLF, or at a CR that another byte follows (a CR that
      // ends the buffer may be a CRLF's).
      let lineEnd: Int
      if end < n && p[end] == 0x0A {
        lineEnd = end &+ 1
      } else if end &+ 1 < n && p[end] == 0x0D {
        lineEnd = p[end &+ 1] == 0x0A ? end &+ 2 : end &+ 1
      } else {
        // The buffer's end may cut a character, a line or a CRLF, and a NUL may end the
        // document: only another kind of byte proves the line is not inert.
        let undecided = end == n || p[end] == 0x0D || p[end] == 0 || span.cut
        return LineRun(length: lineStart, lines: lines, refusesNext: !undecided)
      }
      if mayBeDoubled(UnsafeBufferPointer(start: p + lineStart, count: end - lineStart), scalars: span.scalars) {
        return LineRun(length: lineStart, lines: lines, refusesNext: true)
      }
      lines &+= 1
      lineStart = lineEnd
    }
  }

  /// Where the inert characters from `start` stop: the offset of the first byte that does
  /// not begin one (or `end`), how many there are, and whether `end` cut the character
  /// there. LF, CR and NUL are never inert, so a span never crosses a line end.
  @inline(__always)
  private func inertSpan(_ p: UnsafePointer<UInt8>, from start: Int, to n: Int) -> (end: Int, scalars: Int, cut: Bool) {
    var i = start
    var scalars = 0
    var cut = false
    inert.withUnsafeBufferPointer { bits in
      while i < n {
        // Chinese text is mostly runs of three-byte sequences, looked up without being
        // decoded one byte at a time (an overlong form or a surrogate finds its bit clear).
        while i &+ 8 <= n, let (first, second) = ThreeByteSequence.pair(at: p + i),
          Self.isSet(first, in: bits), Self.isSet(second, in: bits)
        {
          i &+= 6
          scalars &+= 2
        }
        while i &+ 2 < n, let value = ThreeByteSequence.single(at: p + i), Self.isSet(value, in: bits) {
          i &+= 3
          scalars &+= 1
        }
        guard i < n else { return }
        let b0 = p[i]
        let value: UInt32
        let width: Int
        if b0 < 0x80 {
          value = UInt32(b0)
          width = 1
        } else if b0 & 0xF0 == 0xE0 {
          guard i &+ 2 < n else {
            cut = true
            return
          }
          return  // a three-byte sequence the loop above did not take
        } else if b0 & 0xE0 == 0xC0 && b0 >= 0xC2 {
          guard i &+ 1 < n else {
            cut = true
            return
          }
          guard p[i &+ 1] & 0xC0 == 0x80 else { return }
          value = UInt32(b0 & 0x1F) << 6 | UInt32(p[i &+ 1] & 0x3F)
          width = 2
        } else {
          return  // outside the BMP, or invalid
        }
        guard bits[Self.word(of: Int(value))] >> UInt64(value & 63) & 1 != 0 else { return }
        i &+= width
        scalars &+= 1
      }
    }
    return (i, scalars, cut)
  }

  /// True when rule `doubled` might collapse `line` of `scalars` inert characters: a
  /// doubled line is its chunks each written twice, so an even number of characters and of
  /// bytes, each byte value an even number of times, opening with a repeated run.
  private func mayBeDoubled(_ line: UnsafeBufferPointer<UInt8>, scalars: Int) -> Bool {
    checksDoubled && scalars >= 4 && scalars <= DoubledGlyphRule.maximumLength
      && scalars & 1 == 0 && line.count & 1 == 0 && Self.bytesCancel(line) && Self.opensWithRepeatedBytes(line)
  }

  /// True when the bytes of `line` XOR to zero, as they do when each byte value occurs an
  /// even number of times (eight bytes at a time, then folded).
  private static func bytesCancel(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    let raw = UnsafeRawBufferPointer(line)
    var word: UInt64 = 0
    var i = 0
    while i &+ 8 <= raw.count {
      word ^= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      i &+= 8
    }
    while i < raw.count {
      word ^= UInt64(raw[i])
      i &+= 1
    }
    word ^= word >> 32
    word ^= word >> 16
    word ^= word >> 8
    return word & 0xFF == 0
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
