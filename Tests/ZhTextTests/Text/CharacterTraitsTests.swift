import Testing

@testable import ZhText

/// The traits table, baked into the binary, must give every character what asking ICU
/// about that character gives (so the baked runs cannot go stale against the ICU linked); and the sentence-break trait must hold exactly for the characters UAX
/// #29 breaks after.
@Suite struct CharacterTraitsTests {
  @Test func tableAgreesWithICUForEveryCharacter() {
    var disagreements: [String] = []
    for value in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(value) else { continue }
      if CharacterTraits.of(c) != CharacterTraits.compute(c) { disagreements.append(String(value, radix: 16)) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
  }

  @Test func sentenceBreakTrait() {
    for c in "。！？.!?｡\u{2029}\u{85}".unicodeScalars { #expect(c.traits.contains(.sentenceBreak), "\(c.value)") }
    for c in "，、；：…”）《a1 中".unicodeScalars { #expect(!c.traits.contains(.sentenceBreak), "\(c.value)") }
  }
}

/// The measure-class table, baked into the binary, must give every character the class
/// computed for that character alone.
@Suite struct MeasureClassTableTests {
  @Test func tableAgreesWithPerCharacterClasses() {
    var disagreements: [String] = []
    for value in UInt32(0)..<0x10000 {
      let expected = Unicode.Scalar(value).map { MeasureClass.compute($0).rawValue } ?? 0
      if MeasureClass.table[Int(value)] != expected { disagreements.append(String(value, radix: 16)) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    // The characters named by value are not their traits' class.
    #expect(MeasureClass.table[0x3000] == 0)
    #expect(MeasureClass.table[0x6444] & MeasureClass.captionCharacter.rawValue != 0)
    #expect(MeasureClass.table[0x56FE] & MeasureClass.figureMark.rawValue != 0)
    #expect(MeasureClass.table[0x4E2D] & (MeasureClass.captionCharacter.rawValue | MeasureClass.figureMark.rawValue) == 0)
  }
}

/// The feature table normalize's rules are skipped by: baked into the binary, it must give
/// each character the features of the triggers that contain it plus the looked-up ones,
/// and the triggers must be the characters the rules act on.
@Suite struct TextFeaturesTableTests {
  @Test func tableAgreesWithPerCharacterFeatures() {
    var disagreements: [String] = []
    for value in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(value) else { continue }
      if TextFeatures.table[Int(value)] != TextFeatures.compute(c) { disagreements.append(String(value, radix: 16)) }
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
