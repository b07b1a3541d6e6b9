/// Writes JSON values as UTF-8 bytes: strings escaped per RFC 8259, non-ASCII kept as UTF-8
/// (stand-ins for invalid input bytes become U+FFFD: JSON cannot carry raw bytes).
public enum JSONWriter {
  @usableFromInline static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends `scalars` as a quoted JSON string.
  @inlinable
  public static func appendString(_ scalars: some Sequence<Unicode.Scalar>, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    let done: Void? = scalars.withContiguousStorageIfAvailable { buffer in
      output.reserveCapacity(output.count + buffer.count * 3 + 1)
      for scalar in buffer { append(scalar, to: &output) }
    }
    if done == nil { for scalar in scalars { append(scalar, to: &output) } }
    output.append(UInt8(ascii: "\""))
  }

  @inlinable @inline(__always)
  static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
    let v = scalar.value
    switch v {
    case 0x22: output += [0x5C, 0x22]
    case 0x5C: output += [0x5C, 0x5C]
    case 0x0A: output += [0x5C, UInt8(ascii: "n")]
    case 0x0D: output += [0x5C, UInt8(ascii: "r")]
    case 0x09: output += [0x5C, UInt8(ascii: "t")]
    case 0..<0x20, 0x7F, 0x2028, 0x2029:
      output += [0x5C, UInt8(ascii: "u")]
      for shift in stride(from: 12, through: 0, by: -4) { output.append(hex[Int(v >> UInt32(shift) & 0xF)]) }
    case 0x20..<0x80:
      output.append(UInt8(v))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | v >> 6))
      output.append(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | v >> 12))
      output.append(UInt8(0x80 | v >> 6 & 0x3F))
      output.append(UInt8(0x80 | v & 0x3F))
    default:
      ScalarCoding.encode(CollectionOfOne(scalar), into: &output, rawInvalidBytes: false)
    }
  }
}
