/// A small JSON reader for zhtext's records: objects whose values it keeps as raw text,
/// strings it decodes to scalars, and arrays of integers.
struct JSONParser {
  private let bytes: [UInt8]
  private var index = 0

  /// Whether the value or key read last held invalid UTF-8 (found while its strings are
  /// decoded, so valid records cost nothing more).
  private var sawInvalidUTF8 = false

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = Array(bytes) }
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  mutating func parseRecord() throws(JSONError) -> JSONRecord {
    skipSpace()
    try expect(UInt8(ascii: "{"))
    var record = JSONRecord()
    skipSpace()
    if peek() == UInt8(ascii: "}") {
      index += 1
    } else {
      while true {
        skipSpace()
        // Invalid UTF-8 is read as U+FFFD, in keys and in the fields a tool carries through,
        // so that a record stays valid JSON text.
        let key = String(String.UnicodeScalarView(try parseString().map {
          ScalarCoding.isInvalidByte($0) ? "\u{FFFD}" : $0
        }))
        skipSpace()
        try expect(UInt8(ascii: ":"))
        skipSpace()
        let start = index
        sawInvalidUTF8 = false
        try skipValue()
        var json = Array(bytes[start..<index])
        if sawInvalidUTF8 {
          let scalars = ScalarCoding.decode(json)
          json.removeAll()
          ScalarCoding.encode(scalars, into: &json, rawInvalidBytes: false)
        }
        record.set(key, json: json)
        skipSpace()
        if peek() == UInt8(ascii: ",") { index += 1; continue }
        try expect(UInt8(ascii: "}"))
        break
      }
    }
    skipSpace()
    guard index == bytes.count else { throw fail("trailing characters after the object") }
    return record
  }

  mutating func parseString() throws(JSONError) -> [Unicode.Scalar] {
    try expect(UInt8(ascii: "\""))
    var scalars: [Unicode.Scalar] = []
    var runStart = index
    func flushRun(_ end: Int) {
      let invalid = bytes[runStart..<end].withUnsafeBufferPointer { ScalarCoding.decode($0, into: &scalars) }
      if invalid != nil { sawInvalidUTF8 = true }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        flushRun(index)
        index += 1
        return scalars
      }
      if byte == UInt8(ascii: "\\") {
        flushRun(index)
        index += 1
        scalars.append(try parseEscape())
        runStart = index
        continue
      }
      if byte < 0x20 { throw fail("control character in a string") }
      index += 1
    }
    throw fail("unterminated string")
  }

  mutating func parseIntegerArray() throws(JSONError) -> [Int] {
    skipSpace()
    try expect(UInt8(ascii: "["))
    var values: [Int] = []
    skipSpace()
    if peek() == UInt8(ascii: "]") { index += 1; return values }
    while true {
      skipSpace()
      let start = index
      if peek() == UInt8(ascii: "-") { index += 1 }
      while let b = peek(), b >= 0x30 && b <= 0x39 { index += 1 }
      guard let value = Int(String(decoding: bytes[start..<index], as: UTF8.self)) else {
        throw fail("expected an integer")
      }
      values.append(value)
      skipSpace()
      if peek() == UInt8(ascii: ",") { index += 1; continue }
      try expect(UInt8(ascii: "]"))
      return values
    }
  }

  private mutating func parseEscape() throws(JSONError) -> Unicode.Scalar {
    guard let byte = peek() else { throw fail("unterminated escape") }
    index += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try parseHex4()
      if (0xD800..<0xDC00).contains(high), peek() == UInt8(ascii: "\\"),
        index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u")
      {
        index += 2
        let low = try parseHex4()
        if (0xDC00..<0xE000).contains(low),
          let scalar = Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))
        {
          return scalar
        }
        return "\u{FFFD}"
      }
      return Unicode.Scalar(high) ?? "\u{FFFD}"
    default:
      throw fail("invalid escape")
    }
  }

  private mutating func parseHex4() throws(JSONError) -> UInt32 {
    guard index + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { throw fail("invalid \\u escape") }
    index += 4
    return value
  }

  private mutating func skipValue() throws(JSONError) {
    guard let byte = peek() else { throw fail("expected a value") }
    switch byte {
    case UInt8(ascii: "\""):
      _ = try parseString()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      var depth = 0
      while let b = peek() {
        if b == UInt8(ascii: "\"") { _ = try parseString(); continue }
        if b >= 0x80 { sawInvalidUTF8 = true }  // outside a string: never valid JSON text
        if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
        if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
          depth -= 1
          if depth == 0 { index += 1; return }
        }
        index += 1
      }
      throw fail("unterminated container")
    default:
      let start = index
      while let b = peek(), b != UInt8(ascii: ","), b != UInt8(ascii: "}"),
        b != UInt8(ascii: "]"), b != 0x20, b != 0x09
      {
        index += 1
      }
      let token = String(decoding: bytes[start..<index], as: UTF8.self)
      guard token == "true" || token == "false" || token == "null" || Double(token) != nil
      else { throw fail("invalid value") }
    }
  }

  private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while let b = peek(), b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 }
  }

  private mutating func expect(_ byte: UInt8) throws(JSONError) {
    guard peek() == byte else {
      throw fail("expected '\(Character(Unicode.Scalar(byte)))'")
    }
    index += 1
  }

  private func fail(_ message: String) -> JSONError { JSONError(message: message, offset: index) }
}
