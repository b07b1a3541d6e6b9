/// One JSON Lines record: an object whose fields keep their order and their exact JSON.
///
/// A filter reads records, changes the fields it owns (`text`, or adds its own) and carries
/// every other field through byte for byte, so provenance (`doc`, `lines`, `path`, …)
/// survives a whole pipeline. Only what a filter reads is decoded.
public struct JSONRecord: Sendable, Equatable {
  /// The fields in order: each key with its value as raw JSON text.
  public private(set) var fields: [(key: String, json: [UInt8])]

  /// An empty record.
  public init() { fields = [] }

  public static func == (a: JSONRecord, b: JSONRecord) -> Bool {
    a.fields.elementsEqual(b.fields) { $0.key == $1.key && $0.json == $1.json }
  }

  /// The raw JSON of field `key`, if present.
  public subscript(raw key: String) -> [UInt8]? {
    fields.first { $0.key == key }?.json
  }

  /// Field `key` decoded as a string, if it is one.
  public func string(_ key: String) -> [Unicode.Scalar]? {
    guard let raw = self[raw: key] else { return nil }
    var parser = JSONParser(raw)
    return try? parser.parseString()
  }

  /// Field `key` decoded as a pair of integers `[a, b]`, if it is one.
  public func integerPair(_ key: String) -> (Int, Int)? {
    guard let raw = self[raw: key] else { return nil }
    var parser = JSONParser(raw)
    guard let values = try? parser.parseIntegerArray(), values.count == 2 else { return nil }
    return (values[0], values[1])
  }

  /// Sets field `key` to raw JSON `json`: replaced in place, or appended at the end.
  public mutating func set(_ key: String, json: [UInt8]) {
    if let index = fields.firstIndex(where: { $0.key == key }) {
      fields[index].json = json
    } else {
      fields.append((key, json))
    }
  }

  /// Sets field `key` to a JSON string.
  public mutating func set(_ key: String, string: some Sequence<Unicode.Scalar>) {
    var json: [UInt8] = []
    JSONWriter.appendString(string, to: &json)
    set(key, json: json)
  }

  /// Sets field `key` to a JSON integer.
  public mutating func set(_ key: String, integer: Int) {
    set(key, json: Array(String(integer).utf8))
  }


  /// Parses one line of JSON Lines; throws unless it is a JSON object.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONError) -> JSONRecord {
    var parser = JSONParser(bytes)
    return try parser.parseRecord()
  }

  /// Appends the record as one line of JSON (with its `\n`) to `output`.
  public func encode(into output: inout [UInt8]) {
    output.append(UInt8(ascii: "{"))
    for (index, field) in fields.enumerated() {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      JSONWriter.appendString(field.key, to: &output)
      output.append(UInt8(ascii: ":"))
      output.append(contentsOf: field.json)
    }
    output.append(contentsOf: [UInt8(ascii: "}"), 0x0A])
  }
}

/// Why a line is not a JSON record.
public struct JSONError: Error, CustomStringConvertible, Equatable, Sendable {
  /// What was wrong.
  public let message: String
  /// Byte offset in the line.
  public let offset: Int
  public var description: String { "\(message) at byte \(offset + 1)" }
}
