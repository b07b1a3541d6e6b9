import Testing

@testable import ZhText

/// `apply` (in place) does what `applying` (a new array) does, for every mix of deletions,
/// one-for-one and shorter replacements, insertions and longer replacements.
@Suite struct EditTests {
  /// Sorted, non-overlapping edits over a text of `count` scalars, from a seeded generator.
  static func edits(count: Int, seed: UInt64, lengthening: Bool) -> [Edit] {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(bound))
    }
    var edits: [Edit] = []
    var at = 0
    while at < count {
      at += next(4)
      guard at <= count else { break }
      let length = min(next(4), count - at)
      let grows = lengthening && next(3) == 0
      let replaced = grows ? length + 1 + next(3) : (length == 0 ? 0 : next(length + 1))
      edits.append(Edit(at..<at + length, (0..<replaced).map { Unicode.Scalar(0x4E00 + UInt32($0 + at))! }))
      at += max(length, 1)
    }
    return edits
  }

  @Test(arguments: [false, true])
  func inPlaceMatchesNewArray(lengthening: Bool) {
    for seed in UInt64(1)...400 {
      let text = (0..<Int(seed % 37)).map { Unicode.Scalar(0x3000 + UInt32($0))! }
      let edits = Self.edits(count: text.count, seed: seed, lengthening: lengthening)
      var inPlace = text
      inPlace.apply(edits)
      #expect(inPlace == text.applying(edits), "seed \(seed): \(edits)")
    }
  }

  @Test func sharedStorageIsLeftAlone() {
    let original: [Unicode.Scalar] = Array("共建 国家, 发挥".unicodeScalars)
    var copy = original
    copy.apply([.delete(2..<3), Edit(5..<6, ["，"])])
    #expect(copy.string == "共建国家， 发挥")
    #expect(original.string == "共建 国家, 发挥")
  }
}
