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
    var firstInvalid: Int?
    var i = 0
    let n = bytes.count
    output.reserveCapacity(output.count + n)
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 {
        output.append(Unicode.Scalar(b0))
        i += 1
        continue
      }
      // The common case of Chinese text: a well-formed three-byte sequence outside the
      // surrogates.
      if b0 & 0xF0 == 0xE0, i + 2 < n {
        let b1 = bytes[i + 1]
        let b2 = bytes[i + 2]
        let value = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
        if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, value >= 0x800, value < 0xD800 || value > 0xDFFF,
          let scalar = Unicode.Scalar(value)
        {
          output.append(scalar)
          i += 3
          continue
        }
      }
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
          let b = bytes[i + k]
          if b & 0xC0 != 0x80 { valid = false; break }
          value = value << 6 | UInt32(b & 0x3F)
        }
      }
      if valid, value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value),
        let scalar = Unicode.Scalar(value)
      {
        output.append(scalar)
        i += length
      } else {
        if firstInvalid == nil { firstInvalid = i }
        output.append(standIn(for: b0))
        i += 1
      }
    }
    return firstInvalid
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
      output.reserveCapacity(output.count + buffer.count * 3)
      encodeBuffer(buffer, into: &output, rawInvalidBytes: rawInvalidBytes)
    }
    if done == nil { encodeBuffer(scalars, into: &output, rawInvalidBytes: rawInvalidBytes) }
  }

  @inlinable @inline(__always)
  static func encodeBuffer<S: Sequence<Unicode.Scalar>>(
    _ scalars: S, into output: inout [UInt8], rawInvalidBytes: Bool
  ) {
    for scalar in scalars {
      let v = scalar.value
      if v < 0x80 {
        output.append(UInt8(v))
      } else if v < 0x800 {
        output.append(UInt8(0xC0 | v >> 6))
        output.append(UInt8(0x80 | v & 0x3F))
      } else if v < 0x10000 {
        output.append(UInt8(0xE0 | v >> 12))
        output.append(UInt8(0x80 | v >> 6 & 0x3F))
        output.append(UInt8(0x80 | v & 0x3F))
      } else if v >= invalidByteBase {
        if rawInvalidBytes {
          output.append(UInt8(v - invalidByteBase))
        } else {
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
      } else {
        output.append(UInt8(0xF0 | v >> 18))
        output.append(UInt8(0x80 | v >> 12 & 0x3F))
        output.append(UInt8(0x80 | v >> 6 & 0x3F))
        output.append(UInt8(0x80 | v & 0x3F))
      }
    }
  }

  private static func standIn(for byte: UInt8) -> Unicode.Scalar {
    Unicode.Scalar(invalidByteBase + UInt32(byte)) ?? "\u{FFFD}"
  }
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
