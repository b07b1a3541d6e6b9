import Testing

@testable import ZhText

/// `CharacterMap` searches its generated table in place, so the table must be sorted, and
/// every lookup must agree with a plain reading of the pairs.
@Suite struct CharacterMapTests {
  static let tables: [(name: String, pairs: [UInt32], map: CharacterMap)] = [
    ("radicals", RadicalTable.pairs, .radicals),
    ("stray traditional", StrayTraditionalTable.pairs, .strayTraditional),
  ]

  @Test(arguments: 0..<tables.count)
  func tableIsSortedWithValidReplacements(_ index: Int) {
    let pairs = Self.tables[index].pairs
    #expect(pairs.count % 2 == 0)
    let keys = stride(from: 0, to: pairs.count, by: 2).map { pairs[$0] }
    #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }, "\(Self.tables[index].name): keys ascend")
    #expect(stride(from: 1, to: pairs.count, by: 2).allSatisfy { Unicode.Scalar(pairs[$0]) != nil })
  }

  /// Every character in the table maps to its pair's replacement; every other character
  /// (each BMP one, and the supplementary ones next to a key) maps to nothing.
  @Test(arguments: 0..<tables.count)
  func lookupsAgreeWithThePairs(_ index: Int) {
    let (name, pairs, map) = Self.tables[index]
    var expected: [UInt32: UInt32] = [:]
    for k in stride(from: 0, to: pairs.count, by: 2) { expected[pairs[k]] = pairs[k + 1] }
    let supplementary = expected.keys.filter { $0 >= 0x10000 }.flatMap { [$0 - 1, $0, $0 + 1] }
    var wrong: [UInt32] = []
    for v in Array(0..<0x10000) + supplementary {
      guard let scalar = Unicode.Scalar(v) else { continue }
      let want = expected[v].flatMap(Unicode.Scalar.init)
      if map[scalar] != want || map.contains(scalar) != (want != nil) { wrong.append(v) }
    }
    #expect(wrong.isEmpty, "\(name): \(wrong.prefix(5).map { String($0, radix: 16) })")
  }
}
