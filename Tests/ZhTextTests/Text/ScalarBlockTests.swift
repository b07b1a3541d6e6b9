import Testing

@testable import ZhText

/// `ScalarBlock` finds each space (and each of a pair of characters) where a scan one
/// character at a time does: at every offset of texts shorter and longer than a block,
/// among characters that share bits with the ones sought (U+0120, U+2000, U+3020, U+00A1).
@Suite struct ScalarBlockTests {
  static let spaces: [Unicode.Scalar] = [" ", "\u{A0}", "\u{3000}"]
  static let others: [Unicode.Scalar] = ["中", "a", "\u{120}", "\u{2000}", "\u{3020}", "\u{A1}", "\u{1F600}"]

  @Test func firstMatchesAScanByCharacter() {
    for length in 0...27 {
      for position in 0...length {
        for space in Self.spaces {
          var text = (0..<length).map { Self.others[$0 % Self.others.count] }
          if position < length { text[position] = space }
          for start in 0...length {
            let expected = text[start...].firstIndex(where: \.isSpaceLike) ?? length
            let found = text.withUnsafeBufferPointer { ScalarBlock.firstSpace(in: $0, from: start) }
            #expect(found == expected, "length \(length), space at \(position), from \(start)")
            let pair = text.withUnsafeBufferPointer { ScalarBlock.first(space, or: "（", in: $0, from: start) }
            #expect(pair == expected, "length \(length), \(space) at \(position), from \(start)")
          }
        }
      }
    }
  }

  @Test func blockTests() {
    for position in 0..<8 {
      var text: [Unicode.Scalar] = Array(repeating: "\u{3020}", count: 8)
      let plain = text.withUnsafeBufferPointer { ScalarBlock.at($0.baseAddress!) }
      #expect(!ScalarBlock.hasSpace(plain) && !ScalarBlock.has(0x8005, or: 0x5458, in: plain))
      text[position] = "\u{A0}"
      #expect(text.withUnsafeBufferPointer { ScalarBlock.hasSpace(ScalarBlock.at($0.baseAddress!)) })
      text[position] = "员"
      #expect(text.withUnsafeBufferPointer { ScalarBlock.has(0x8005, or: 0x5458, in: ScalarBlock.at($0.baseAddress!)) })
    }
  }
}
