/// Writes JSON values as UTF-8 bytes: strings escaped per RFC 8259, non-ASCII kept as UTF-8
/// (stand-ins for invalid input bytes become U+FFFD: JSON cannot carry raw bytes).
public enum JSONWriter {
  @usableFromInline static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends `scalars` as a quoted JSON string.
  @inlinable
  public static func appendString(_ scalars: some Sequence<Unicode.Scalar>, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    let done: Void? = scalars.withContiguousStorageIfAvailable { appendEscaped($0, to: &output) }
    if done == nil { Array(scalars).withUnsafeBufferPointer { appendEscaped($0, to: &output) } }
    output.append(UInt8(ascii: "\""))
  }

  /// Appends `string` as a quoted JSON string: its UTF-8 is copied as it is unless it has
  /// a character JSON must escape.
  @inlinable
  public static func appendString(_ string: String, to output: inout [UInt8]) {
    var string = string
    let plain: Bool = string.withUTF8 { bytes in
      // Control characters, `"`, `\`, DEL, and U+2028/U+2029 (E2 80 A8/A9) need escapes.
      for (k, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F
        || (b == 0xE2 && k + 2 < bytes.count && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9))
      {
        return false
      }
      output.append(UInt8(ascii: "\""))
      output.append(contentsOf: bytes)
      output.append(UInt8(ascii: "\""))
      return true
    }
    if !plain { appendString(string.unicodeScalars, to: &output) }
  }

  /// Escapes `scalars` into `output`.
  @inlinable
  static func appendEscaped(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, to output: inout [UInt8]) {
    ScalarCoding.appendBytes(of: scalars, as: StringForm(), to: &output)
  }

  /// The inside of a JSON string: UTF-8 with `"`, `\`, controls, DEL, U+2028 and U+2029
  /// escaped, stand-ins for invalid bytes as U+FFFD.
  @usableFromInline
  struct StringForm: ByteForm {
    @inlinable init() {}

    /// `\u2028` is the longest.
    @inlinable static var maximumBytes: Int { 6 }

    /// Of the three-byte scalars only U+2028 and U+2029 are escaped.
    @inlinable @inline(__always)
    func writesPlainly(_ v: SIMD4<UInt32>) -> Bool { all(v & 0xFFFF_FFFE .!= 0x2028) }

    @inlinable @inline(__always)
    func write(_ v: UInt32, to bytes: UnsafeMutablePointer<UInt8>) -> Int {
      // Almost every character needs no escape: tested first.
      if v >= 0x20 && v != 0x22 && v != 0x5C && v != 0x7F && v & 0xFFFF_FFFE != 0x2028
        && v < ScalarCoding.invalidByteBase
      {
        return ScalarCoding.writeUTF8(v, to: bytes)
      }
      switch v {
      case 0x22, 0x5C, 0x0A, 0x0D, 0x09:
        bytes[0] = 0x5C
        bytes[1] = v == 0x0A ? UInt8(ascii: "n") : v == 0x0D ? UInt8(ascii: "r") : v == 0x09 ? UInt8(ascii: "t") : UInt8(v)
        return 2
      case 0..<0x20, 0x7F, 0x2028, 0x2029:
        bytes[0] = 0x5C
        bytes[1] = UInt8(ascii: "u")
        for (k, shift) in [12, 8, 4, 0].enumerated() { bytes[2 + k] = hex[Int(v >> UInt32(shift) & 0xF)] }
        return 6
      default:  // a stand-in for an invalid byte
        return ScalarCoding.writeUTF8(0xFFFD, to: bytes)
      }
    }
  }
}
