#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// UTF-8 decoding and encoding that never loses a byte.
///
/// Invalid UTF-8 cannot be represented as Unicode scalars, yet zhtext must pass it through
/// unchanged in text output. Each invalid byte is therefore decoded to a stand-in scalar in
/// the last private-use plane, U+10FF00 + byte, which no rule treats as text. Text output
/// writes the original byte back; record output (JSON) writes U+FFFD instead. (A genuine
/// U+10FF00–U+10FFFF in the input would also be written back as a single byte; these
/// private-use code points do not occur in extracted Chinese text.)
public enum ScalarCoding {
  /// The first stand-in scalar: U+10FF00 stands for the invalid byte 0x00.
  public static let invalidByteBase: UInt32 = 0x10FF00

  /// True when `scalar` stands for an invalid input byte.
  @inline(__always)
  public static func isInvalidByte(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= invalidByteBase
  }

  /// Decodes `bytes`, appending scalars to `output`; returns the byte offset of the first
  /// invalid sequence, or nil when the bytes are valid UTF-8.
  @discardableResult
  public static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: inout [Unicode.Scalar]
  ) -> Int? {
    if bytes.isEmpty { return nil }
    // Decoded a piece at a time into a temporary buffer and appended with one copy each, so
    // that an `output` whose storage is reused costs no allocation, and a huge line needs
    // no temporary as large as itself. Pieces end before a lead byte, never inside a
    // sequence, so they decode exactly as the whole would.
    let piece = 4096
    if output.capacity == 0 && bytes.count <= piece {
      // A line (as nearly every one is) for an `output` with no storage to reuse: into a
      // new array of its exact size, made in one step rather than grown from empty.
      return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: bytes.count) { scalars in
        let (count, invalid) = decode(bytes, to: scalars.baseAddress!)
        output = Array(UnsafeBufferPointer(rebasing: scalars[..<count]))
        return invalid
      }
    }
    if bytes.count > piece {
      output.reserveCapacity(output.count + bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
    }
    var firstInvalid: Int?
    var start = 0
    withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: min(bytes.count, piece)) { scalars in
      while start < bytes.count {
        var end = min(start + piece, bytes.count)
        var back = 0
        while end < bytes.count && back < 3 && bytes[end] & 0xC0 == 0x80 {
          end -= 1
          back += 1
        }
        if back == 3 && bytes[end] & 0xC0 == 0x80 { end += 3 }  // no lead byte near: cut anywhere
        let (count, invalid) = decode(UnsafeBufferPointer(rebasing: bytes[start..<end]), to: scalars.baseAddress!)
        if firstInvalid == nil, let invalid { firstInvalid = start + invalid }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: scalars[..<count]))
        start = end
      }
    }
    return firstInvalid
  }

  /// The decoding loop: writes at most `bytes.count` scalars at `out`; returns how many and
  /// the offset of the first invalid byte.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<Unicode.Scalar>
  ) -> (Int, Int?) {
    var firstInvalid: Int?
    var i = 0
    var o = 0
    let n = bytes.count
    guard let p = bytes.baseAddress else { return (0, nil) }
    // Scalar values are written as UInt32 (checked before each write).
    let values = UnsafeMutableRawPointer(out).assumingMemoryBound(to: UInt32.self)
    while i < n {
      // The common cases in tight loops: runs of ASCII, and runs of well-formed three-byte
      // sequences outside the surrogates (Chinese text). Indices stay below `n`, so the
      // wrapping additions cannot wrap.
      while i < n && p[i] < 0x80 {
        values[o] = UInt32(p[i])
        o &+= 1
        i &+= 1
      }
      while i &+ 14 <= n, let four = ThreeByteSequence.quad(at: p + i), ThreeByteSequence.areWellFormed(four) {
        UnsafeMutableRawPointer(values + o).storeBytes(of: four, as: SIMD4<UInt32>.self)
        o &+= 4
        i &+= 12
      }
      while i &+ 8 <= n, let (first, second) = ThreeByteSequence.pair(at: p + i),
        ThreeByteSequence.isWellFormed(first), ThreeByteSequence.isWellFormed(second)
      {
        values[o] = first
        values[o &+ 1] = second
        o &+= 2
        i &+= 6
      }
      while i &+ 2 < n, let value = ThreeByteSequence.single(at: p + i), ThreeByteSequence.isWellFormed(value) {
        values[o] = value
        o &+= 1
        i &+= 3
      }
      guard i < n else { break }
      let b0 = p[i]
      if b0 < 0x80 { continue }
      var length = 0
      var value: UInt32 = 0
      var minimum: UInt32 = 0
      if b0 & 0xE0 == 0xC0 {
        length = 2; value = UInt32(b0 & 0x1F); minimum = 0x80
      } else if b0 & 0xF0 == 0xE0 {
        length = 3; value = UInt32(b0 & 0x0F); minimum = 0x800
      } else if b0 & 0xF8 == 0xF0 {
        length = 4; value = UInt32(b0 & 0x07); minimum = 0x10000
      }
      var valid = length > 0 && i + length <= n
      if valid {
        for k in 1..<length {
          let b = p[i + k]
          if b & 0xC0 != 0x80 { valid = false; break }
          value = value << 6 | UInt32(b & 0x3F)
        }
      }
      if valid, value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value),
        let scalar = Unicode.Scalar(value)
      {
        out[o] = scalar
        i += length
      } else {
        if firstInvalid == nil { firstInvalid = i }
        out[o] = standIn(for: b0)
        i += 1
      }
      o += 1
    }
    return (o, firstInvalid)
  }

  /// Decodes a whole byte array (convenience for tests and records).
  public static func decode(_ bytes: [UInt8]) -> [Unicode.Scalar] {
    var output: [Unicode.Scalar] = []
    bytes.withUnsafeBufferPointer { _ = decode($0, into: &output) }
    return output
  }

  /// Appends the UTF-8 form of `scalars` to `output`. With `rawInvalidBytes`, stand-ins are
  /// written as the original bytes; otherwise as U+FFFD.
  @inlinable
  public static func encode<S: Sequence<Unicode.Scalar>>(
    _ scalars: S, into output: inout [UInt8], rawInvalidBytes: Bool
  ) {
    let done: Void? = scalars.withContiguousStorageIfAvailable { buffer in
      encodeBuffer(buffer, into: &output, rawInvalidBytes: rawInvalidBytes)
    }
    if done == nil {
      let copy = Array(scalars)
      copy.withUnsafeBufferPointer { encodeBuffer($0, into: &output, rawInvalidBytes: rawInvalidBytes) }
    }
  }

  /// Encodes `scalars`, each stand-in as its raw byte or as U+FFFD.
  @inlinable
  static func encodeBuffer(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, into output: inout [UInt8], rawInvalidBytes: Bool
  ) {
    appendBytes(of: scalars, as: UTF8Form(standIns: rawInvalidBytes ? .rawByte : .replacement), to: &output)
  }

  /// Appends the UTF-8 form of `scalars` to `output` with each stand-in kept as the scalar
  /// it is (four bytes, valid UTF-8): the form in which layout holds text, which decodes to
  /// the same scalars and is written out with `appendRestoringInvalidBytes`.
  public static func encodeKeepingStandIns(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into output: inout [UInt8]) {
    appendBytes(of: scalars, as: UTF8Form(standIns: .kept), to: &output)
  }

  /// Appends `bytes`, UTF-8 with stand-ins kept (`encodeKeepingStandIns`), to `output` as
  /// text output writes it: each stand-in as the invalid byte it stands for, the rest as it
  /// is (copied whole when there is no stand-in, as nearly always).
  public static func appendRestoringInvalidBytes(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    // A stand-in (U+10FF00–U+10FFFF) is F4 8F BC–BF and a trail byte.
    guard let base = bytes.baseAddress, memchr(base, 0xF4, bytes.count) != nil else {
      return output.append(contentsOf: bytes)
    }
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0xF4 && i + 3 < bytes.count && bytes[i + 1] == 0x8F && bytes[i + 2] >= 0xBC {
        output.append((bytes[i + 2] & 0x03) << 6 | bytes[i + 3] & 0x3F)
        i += 4
      } else {
        output.append(bytes[i])
        i += 1
      }
    }
  }

  /// Appends the bytes `form` gives each scalar through a stack buffer, a bounded piece at a
  /// time, each piece with one copy: appending byte by byte costs a capacity check per byte.
  /// Text output and JSON strings share it.
  @inlinable
  static func appendBytes<Form: ByteForm>(
    of scalars: UnsafeBufferPointer<Unicode.Scalar>, as form: Form, to output: inout [UInt8]
  ) {
    let piece = 1024 / Form.maximumBytes  // a 1 KiB buffer: on the stack
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: piece * Form.maximumBytes) { buffer in
      let bytes = buffer.baseAddress!
      var start = 0
      while start < scalars.count {
        let end = min(start + piece, scalars.count)
        var n = 0
        var index = start
        while index < end {
          if index + 4 <= end {
            // Chinese text is mostly three-byte scalars: four at a time when all four are.
            // The piece's buffer has `maximumBytes` (at least 4) for each of its scalars, so
            // four scalars before its end leave room for the 13 bytes the stores touch.
            let four = UnsafeRawPointer(scalars.baseAddress! + index).loadUnaligned(as: SIMD4<UInt32>.self)
            if form.writesPlainly(four) && all(four &- 0x800 .< 0xF800) {
              writeThreeByteUTF8(four, to: bytes + n)
              n += 12
              index += 4
              continue
            }
          }
          n += form.write(scalars[index].value, to: bytes + n)
          index += 1
        }
        output.append(contentsOf: UnsafeBufferPointer(start: bytes, count: n))
        start = end
      }
    }
  }

  /// UTF-8, each stand-in written as its raw byte, as U+FFFD, or as itself.
  @usableFromInline
  struct UTF8Form: ByteForm {
    /// How a stand-in is written.
    @usableFromInline enum StandIns { case rawByte, replacement, kept }
    @usableFromInline let standIns: StandIns

    @inlinable init(standIns: StandIns) { self.standIns = standIns }

    @inlinable static var maximumBytes: Int { 4 }

    @inlinable @inline(__always)
    func write(_ v: UInt32, to bytes: UnsafeMutablePointer<UInt8>) -> Int {
      guard v >= invalidByteBase else { return writeUTF8(v, to: bytes) }
      switch standIns {
      case .rawByte:
        bytes[0] = UInt8(truncatingIfNeeded: v - invalidByteBase)
        return 1
      case .replacement: return writeUTF8(0xFFFD, to: bytes)
      case .kept: return writeUTF8(v, to: bytes)
      }
    }

    /// Three-byte scalars are never stand-ins.
    @inlinable @inline(__always)
    func writesPlainly(_ v: SIMD4<UInt32>) -> Bool { true }
  }

  /// Writes the UTF-8 form of four scalar values that each take three bytes (U+0800–U+FFFF,
  /// surrogates aside), twelve bytes at `bytes`: each as one four-byte store whose last byte
  /// the next store, or the caller's next write, replaces; `bytes` must have room for 13.
  @inlinable @inline(__always)
  static func writeThreeByteUTF8(_ v: SIMD4<UInt32>, to bytes: UnsafeMutablePointer<UInt8>) {
    let lead = v &>> 12 | 0xE0
    let middle = (v &>> 6 & 0x3F | 0x80) &<< 8
    let last = (v & 0x3F | 0x80) &<< 16
    let words = lead | middle | last
    let raw = UnsafeMutableRawPointer(bytes)
    for k in 0..<4 { raw.storeBytes(of: words[k].littleEndian, toByteOffset: 3 * k, as: UInt32.self) }
  }

  /// Writes the UTF-8 form of the scalar value `v` at `bytes`; returns how many bytes.
  @inlinable @inline(__always)
  static func writeUTF8(_ v: UInt32, to bytes: UnsafeMutablePointer<UInt8>) -> Int {
    if v < 0x80 {
      bytes[0] = UInt8(truncatingIfNeeded: v)
      return 1
    }
    if v < 0x800 {
      bytes[0] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
      bytes[1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
      return 2
    }
    if v < 0x10000 {
      bytes[0] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
      bytes[1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
      bytes[2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
      return 3
    }
    bytes[0] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
    bytes[1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
    bytes[2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
    bytes[3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
    return 4
  }

  private static func standIn(for byte: UInt8) -> Unicode.Scalar {
    Unicode.Scalar(invalidByteBase + UInt32(byte)) ?? "\u{FFFD}"
  }
}

/// How `ScalarCoding.appendBytes` turns each scalar value into bytes.
@usableFromInline
protocol ByteForm {
  /// The most bytes one scalar can take.
  static var maximumBytes: Int { get }
  /// Writes the bytes for the scalar value `v` at `bytes`; returns how many.
  func write(_ v: UInt32, to bytes: UnsafeMutablePointer<UInt8>) -> Int
  /// True when each of the four scalar values, if it takes three bytes in UTF-8, is written
  /// as just those bytes.
  func writesPlainly(_ v: SIMD4<UInt32>) -> Bool
}

extension Array where Element == Unicode.Scalar {
  /// The scalars of a string (convenience for literals and tests).
  public init(_ string: String) { self = Array(string.unicodeScalars) }

  /// These scalars as a String (stand-ins for invalid bytes become U+FFFD).
  public var string: String {
    var bytes: [UInt8] = []
    ScalarCoding.encode(self, into: &bytes, rawInvalidBytes: false)
    return String(decoding: bytes, as: UTF8.self)
  }
}
