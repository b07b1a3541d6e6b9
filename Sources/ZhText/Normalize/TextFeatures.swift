/// Which rules a text can possibly concern, found in one pass, so that the rules whose
/// trigger characters are absent (most of them, on most paragraphs) are skipped.
struct TextFeatures: OptionSet {
  let rawValue: UInt16
  init(rawValue: UInt16) { self.rawValue = rawValue }

  static let fullWidthOrKana = TextFeatures(rawValue: 1 << 0)
  static let radical = TextFeatures(rawValue: 1 << 1)
  static let midlineEllipsis = TextFeatures(rawValue: 1 << 2)
  static let strayCandidate = TextFeatures(rawValue: 1 << 3)
  static let straightQuote = TextFeatures(rawValue: 1 << 4)
  static let asciiBracket = TextFeatures(rawValue: 1 << 5)
  static let asciiPunctuation = TextFeatures(rawValue: 1 << 6)
  static let openingBracket = TextFeatures(rawValue: 1 << 7)
  static let space = TextFeatures(rawValue: 1 << 8)
  static let hyphen = TextFeatures(rawValue: 1 << 9)
  static let tilde = TextFeatures(rawValue: 1 << 10)
  static let nonNFCStable = TextFeatures(rawValue: 1 << 11)

  /// The features of `text`.
  init(of text: [Unicode.Scalar]) {
    var features: UInt16 = 0
    for scalar in text {
      let v = scalar.value
      if v < 0x80 {
        switch v {
        case 0x20: features |= TextFeatures.space.rawValue
        case 0x22, 0x27: features |= TextFeatures.straightQuote.rawValue
        case 0x28: features |= TextFeatures.asciiBracket.rawValue | TextFeatures.openingBracket.rawValue
        case 0x29: features |= TextFeatures.asciiBracket.rawValue
        case 0x2C, 0x3A, 0x3B, 0x3F, 0x21: features |= TextFeatures.asciiPunctuation.rawValue
        case 0x2D: features |= TextFeatures.hyphen.rawValue
        case 0x7E: features |= TextFeatures.tilde.rawValue
        default: break
        }
        continue
      }
      if !UnicodeNormalizer.isNFCStable(scalar) { features |= TextFeatures.nonNFCStable.rawValue }
      switch v {
      case 0xA0, 0x3000: features |= TextFeatures.space.rawValue
      case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF61...0xFF9F:
        features |= TextFeatures.fullWidthOrKana.rawValue
      case 0x2E80...0x2FDF: features |= TextFeatures.radical.rawValue
      case 0x22EF: features |= TextFeatures.midlineEllipsis.rawValue
      case 0xFF08: features |= TextFeatures.openingBracket.rawValue
      default:
        if v >= 0x3400 && CharacterMap.strayTraditional[scalar] != nil {
          features |= TextFeatures.strayCandidate.rawValue
        }
      }
    }
    self.rawValue = features
  }
}
