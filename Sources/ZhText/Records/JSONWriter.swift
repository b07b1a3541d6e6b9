/// Writes JSON values as UTF-8 bytes: strings escaped per RFC 8259, non-ASCII kept as UTF-8
/// (stand-ins for invalid input bytes become U+FFFD: JSON cannot carry raw bytes).
public enum JSONWriter {
  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends `scalars` as a quoted JSON string.
  public static func appendString(_ scalars: some Sequence<Unicode.Scalar>, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for scalar in scalars {
      let v = scalar.value
      switch v {
      case 0x22: output.append(contentsOf: [0x5C, 0x22])
      case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0..<0x20, 0x7F, 0x2028, 0x2029:
        output.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
          output.append(hex[Int(v >> UInt32(shift) & 0xF)])
        }
      default:
        ScalarCoding.encode(CollectionOfOne(scalar), into: &output, rawInvalidBytes: false)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
