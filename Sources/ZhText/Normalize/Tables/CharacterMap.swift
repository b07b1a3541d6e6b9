/// A lookup from one character to its replacement in a generated table of flattened
/// (character, replacement) pairs sorted by character, with a bitmap for a fast "not in
/// table" test on the Basic Multilingual Plane.
///
/// The pairs are searched where they are, by bisection: building a dictionary of them cost
/// every process that touched a table 2.7 M instructions at start-up, and a lookup (rare:
/// the bitmap answers almost every question) costs a dozen comparisons.
struct CharacterMap: Sendable {
  /// The table: character, replacement, character, replacement…, ascending by character.
  private let pairs: [UInt32]
  private let bmp: [UInt64]

  /// A map of `pairs`, which must be sorted by character without repeats.
  init(pairs: [UInt32]) {
    var bmp = [UInt64](repeating: 0, count: 0x10000 / 64)
    var index = 0
    while index + 1 < pairs.count {
      let key = pairs[index]
      if key < 0x10000 { bmp[Int(key >> 6)] |= 1 << (key & 63) }
      index += 2
    }
    self.pairs = pairs
    self.bmp = bmp
  }

  /// The characters the table has a replacement for, in ascending order.
  var characters: some Sequence<UInt32> { stride(from: 0, to: pairs.count - 1, by: 2).lazy.map { pairs[$0] } }

  /// True when the table has a replacement for `scalar`.
  @inline(__always)
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x10000 { return bmp[Int(v >> 6)] & (1 << (v & 63)) != 0 }
    return self[scalar] != nil
  }

  /// The replacement of `scalar`, if the table has one.
  subscript(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let v = scalar.value
    if v < 0x10000 && bmp[Int(v >> 6)] & (1 << (v & 63)) == 0 { return nil }
    var low = 0
    var high = pairs.count / 2
    while low < high {
      let mid = (low + high) / 2
      let key = pairs[2 * mid]
      if key == v { return Unicode.Scalar(pairs[2 * mid + 1]) }
      if key < v { low = mid + 1 } else { high = mid }
    }
    return nil
  }

  static let radicals = CharacterMap(pairs: RadicalTable.pairs)
  static let strayTraditional = CharacterMap(pairs: StrayTraditionalTable.pairs)
}
