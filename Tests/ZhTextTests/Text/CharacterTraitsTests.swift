import Testing

@testable import ZhText

/// The traits table: the blocks it fills without ICU must agree with ICU's properties, and
/// the sentence-break trait must hold exactly for the characters UAX #29 breaks after.
@Suite struct CharacterTraitsTests {
  @Test func blocksFilledWithoutICUAgreeWithICU() {
    var disagreements: [String] = []
    for range in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xE000...0xF8FF] {
      for value in range {
        let c = Unicode.Scalar(UInt32(value))!
        if CharacterTraits.of(c) != CharacterTraits.compute(c) { disagreements.append(String(value, radix: 16)) }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
  }

  @Test func sentenceBreakTrait() {
    for c in "。！？.!?｡\u{2029}\u{85}".unicodeScalars { #expect(c.traits.contains(.sentenceBreak), "\(c.value)") }
    for c in "，、；：…”）《a1 中".unicodeScalars { #expect(!c.traits.contains(.sentenceBreak), "\(c.value)") }
  }
}

/// The feature table normalize's rules are skipped by, filled feature by feature, against
/// the features computed character by character.
@Suite struct TextFeaturesTableTests {
  @Test func tableAgreesWithPerCharacterFeatures() {
    var disagreements: [String] = []
    for value in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(value) else { continue }
      if TextFeatures.table[Int(value)] != TextFeatures.features(of: c) { disagreements.append(String(value, radix: 16)) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
  }
}
