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

/// The feature table normalize's rules are skipped by: filled by ranges, it must give each
/// character the features of the triggers that contain it plus the looked-up ones, and the
/// triggers must be the characters the rules act on.
@Suite struct TextFeaturesTableTests {
  @Test func tableAgreesWithPerCharacterFeatures() {
    var disagreements: [String] = []
    for value in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(value) else { continue }
      var expected = TextFeatures.lookedUpFeatures(of: c)
      for (feature, ranges) in TextFeatures.triggers where ranges.contains(where: { $0.contains(value) }) {
        expected |= feature.rawValue
      }
      if TextFeatures.table[Int(value)] != expected { disagreements.append(String(value, radix: 16)) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
  }

  @Test func triggersAreTheCharactersTheRulesActOn() {
    for value in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(value) else { continue }
      let features = TextFeatures(of: [c])
      #expect(features.contains(.space) == c.isSpaceLike, "\(value)")
      #expect(features.contains(.asciiPunctuation) == (PunctuationRule.fullWidth(c) != nil), "\(value)")
    }
    #expect(TextFeatures(of: Array("\"'")) == .straightQuote)
    #expect(TextFeatures(of: Array("１Ａｚｱ")) == .fullWidthOrKana)
    #expect(TextFeatures(of: Array("⺁")) == .radical)
    #expect(TextFeatures(of: Array("⋯")) == .midlineEllipsis)
    #expect(TextFeatures(of: Array("（")) == .openingBracket)
    #expect(TextFeatures(of: Array("國")) == .strayCandidate)
    #expect(TextFeatures(of: Array("中文，。“”《》")).isEmpty)
  }
}
