import Testing

@testable import ZhText

/// The features table, built from the lists of characters, answers for every BMP character
/// what asking each map and NFC about it (`lookedUpFeatures`) and the trigger lists say.
@Suite struct TextFeaturesTests {
  @Test func tableAgreesWithTheLookups() {
    var wrong: [UInt32] = []
    for v in UInt32(0)..<0x10000 {
      guard let scalar = Unicode.Scalar(v) else {
        if TextFeatures.table[Int(v)] != 0 { wrong.append(v) }
        continue
      }
      var expected = TextFeatures(rawValue: TextFeatures.lookedUpFeatures(of: scalar))
      for (feature, characters) in TextFeatures.triggers where characters.contains(where: { $0.contains(v) }) {
        expected.formUnion(feature)
      }
      if TextFeatures.table[Int(v)] != expected.rawValue { wrong.append(v) }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0, radix: 16) })")
  }

  @Test func textFeaturesAreTheUnionOfItsCharacters() {
    let text = Array("（下转第四版）“引号” Ａ１…⋯ - ~ 龜 ⺁ e\u{301}".unicodeScalars)
    let union = text.reduce(UInt16(0)) { $0 | TextFeatures(of: [$1]).rawValue }
    #expect(TextFeatures(of: text).rawValue == union)
    #expect(TextFeatures(of: text).isSuperset(of: [.space, .openingBracket, .fullWidthOrKana, .hyphen, .tilde, .midlineEllipsis, .nonNFCStable]))
  }
}
