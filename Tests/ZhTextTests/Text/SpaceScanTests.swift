import Testing

@testable import ZhText

/// `SpaceScan` finds each space where a scan one character at a time does: every space
/// kind at every offset of texts shorter and longer than a block, and characters that are
/// no space but share bits with one (U+0120, U+2000, U+3020, U+00A1).
@Suite struct SpaceScanTests {
  static let spaces: [Unicode.Scalar] = [" ", "\u{A0}", "\u{3000}"]
  static let others: [Unicode.Scalar] = ["中", "a", "\u{120}", "\u{2000}", "\u{3020}", "\u{A1}", "\u{1F600}"]

  @Test func firstSpaceMatchesAScanByCharacter() {
    for length in 0...27 {
      for position in 0...length {
        for space in Self.spaces {
          var text = (0..<length).map { Self.others[$0 % Self.others.count] }
          if position < length { text[position] = space }
          for start in 0...length {
            let expected = text[start...].firstIndex(where: \.isSpaceLike) ?? length
            let found = text.withUnsafeBufferPointer { SpaceScan.firstSpace(in: $0, from: start) }
            #expect(found == expected, "length \(length), space at \(position), from \(start)")
          }
        }
      }
    }
  }

  @Test func blockTests() {
    for position in 0..<8 {
      var text: [Unicode.Scalar] = Array(repeating: "\u{3020}", count: 8)
      let plain = text.withUnsafeBufferPointer { SpaceScan.block(at: $0.baseAddress!) }
      #expect(!SpaceScan.hasSpace(plain) && !SpaceScan.has(0x8005, or: 0x5458, in: plain))
      text[position] = "\u{A0}"
      #expect(text.withUnsafeBufferPointer { SpaceScan.hasSpace(SpaceScan.block(at: $0.baseAddress!)) })
      text[position] = "员"
      #expect(text.withUnsafeBufferPointer { SpaceScan.has(0x8005, or: 0x5458, in: SpaceScan.block(at: $0.baseAddress!)) })
    }
  }
}
