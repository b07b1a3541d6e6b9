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

  /// Escapes through a stack buffer, a bounded piece at a time, appending each piece with
  /// one copy (at most 6 bytes per scalar: `\u2028`).
  @inlinable
  static func appendEscaped(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, to output: inout [UInt8]) {
    let piece = 128
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: piece * 6) { bytes in
      var start = 0
      while start < scalars.count {
        let end = min(start + piece, scalars.count)
        var n = 0
        for index in start..<end {
          let v = scalars[index].value
          switch v {
          case 0x20..<0x80 where v != 0x22 && v != 0x5C && v != 0x7F:
            bytes[n] = UInt8(truncatingIfNeeded: v)
            n += 1
          case 0x800..<0x10000 where v != 0x2028 && v != 0x2029:
            bytes[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            n += 3
          case 0x22, 0x5C, 0x0A, 0x0D, 0x09:
            bytes[n] = 0x5C
            bytes[n + 1] = v == 0x0A ? UInt8(ascii: "n") : v == 0x0D ? UInt8(ascii: "r") : v == 0x09 ? UInt8(ascii: "t") : UInt8(v)
            n += 2
          case 0..<0x20, 0x7F, 0x2028, 0x2029:
            bytes[n] = 0x5C
            bytes[n + 1] = UInt8(ascii: "u")
            for (k, shift) in [12, 8, 4, 0].enumerated() { bytes[n + 2 + k] = hex[Int(v >> UInt32(shift) & 0xF)] }
            n += 6
          case 0x80..<0x800:
            bytes[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            n += 2
          case ScalarCoding.invalidByteBase...:
            bytes[n] = 0xEF  // U+FFFD
            bytes[n + 1] = 0xBF
            bytes[n + 2] = 0xBD
            n += 3
          default:
            bytes[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
            bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
            bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
            bytes[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            n += 4
          }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<n]))
        start = end
      }
    }
  }
}
