/// A lookup from one character to its replacement, built once from a generated table of
/// flattened (character, replacement) pairs, with a bitmap for a fast "not in table" test
/// on the Basic Multilingual Plane.
struct CharacterMap: Sendable {
  private let map: [UInt32: Unicode.Scalar]
  private let bmp: [UInt64]

  init(pairs: [UInt32]) {
    var map: [UInt32: Unicode.Scalar] = [:]
    map.reserveCapacity(pairs.count / 2)
    var bmp = [UInt64](repeating: 0, count: 0x10000 / 64)
    var index = 0
    while index + 1 < pairs.count {
      if let target = Unicode.Scalar(pairs[index + 1]) {
        map[pairs[index]] = target
        if pairs[index] < 0x10000 { bmp[Int(pairs[index] >> 6)] |= 1 << (pairs[index] & 63) }
      }
      index += 2
    }
    self.map = map
    self.bmp = bmp
  }

  /// True when the table has a replacement for `scalar`.
  @inline(__always)
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x10000 { return bmp[Int(v >> 6)] & (1 << (v & 63)) != 0 }
    return map[v] != nil
  }

  /// The replacement of `scalar`, if the table has one.
  @inline(__always)
  subscript(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let v = scalar.value
    if v < 0x10000 && bmp[Int(v >> 6)] & (1 << (v & 63)) == 0 { return nil }
    return map[v]
  }

  static let radicals = CharacterMap(pairs: RadicalTable.pairs)
  static let strayTraditional = CharacterMap(pairs: StrayTraditionalTable.pairs)
}
