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

  /// The features of `text`: one table lookup a character.
  init(of text: [Unicode.Scalar]) {
    var features: UInt16 = 0
    let table = Self.table  // read once, not once per character
    for scalar in text {
      let v = scalar.value
      features |= v < 0x10000 ? table[Int(v)] : Self.features(of: scalar)
    }
    self.rawValue = features
  }

  /// The features each BMP character brings: `features(of:)` for every character, filled in
  /// by feature rather than by character (it is built at every start of normalize and
  /// tag-sections).
  static let table: [UInt16] = {
    var table = [UInt16](repeating: 0, count: 0x10000)
    func mark(_ values: [ClosedRange<UInt32>], _ feature: TextFeatures) {
      for range in values { for v in range { table[Int(v)] |= feature.rawValue } }
    }
    mark([0x20...0x20, 0xA0...0xA0, 0x3000...0x3000], .space)
    mark([0x22...0x22, 0x27...0x27], .straightQuote)
    mark([0x28...0x29], .asciiBracket)
    mark([0x28...0x28, 0xFF08...0xFF08], .openingBracket)
    mark([0x21...0x21, 0x2C...0x2C, 0x3A...0x3B, 0x3F...0x3F], .asciiPunctuation)
    mark([0x2D...0x2D], .hyphen)
    mark([0x7E...0x7E], .tilde)
    mark([0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF61...0xFF9F], .fullWidthOrKana)
    mark([0x2E80...0x2FDF], .radical)
    mark([0x22EF...0x22EF], .midlineEllipsis)
    let stray = CharacterMap.strayTraditional
    for v in UInt32(0x3400)..<0x10000 where v & 0xF800 != 0xD800 && stray.contains(Unicode.Scalar(v)!) {
      table[Int(v)] |= TextFeatures.strayCandidate.rawValue
    }
    for v in UInt32(0x300)..<0x10000 where v & 0xF800 != 0xD800 && !UnicodeNormalizer.isNFCStable(Unicode.Scalar(v)!) {
      table[Int(v)] |= TextFeatures.nonNFCStable.rawValue
    }
    return table
  }()

  /// The features one character brings.
  static func features(of scalar: Unicode.Scalar) -> UInt16 {
    let v = scalar.value
    var features: TextFeatures = []
    switch v {
    case 0x20, 0xA0, 0x3000: features.insert(.space)
    case 0x22, 0x27: features.insert(.straightQuote)
    case 0x28: features.formUnion([.asciiBracket, .openingBracket])
    case 0x29: features.insert(.asciiBracket)
    case 0x2C, 0x3A, 0x3B, 0x3F, 0x21: features.insert(.asciiPunctuation)
    case 0x2D: features.insert(.hyphen)
    case 0x7E: features.insert(.tilde)
    case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF61...0xFF9F: features.insert(.fullWidthOrKana)
    case 0x2E80...0x2FDF: features.insert(.radical)
    case 0x22EF: features.insert(.midlineEllipsis)
    case 0xFF08: features.insert(.openingBracket)
    default:
      if v >= 0x3400 && CharacterMap.strayTraditional.contains(scalar) { features.insert(.strayCandidate) }
    }
    if !UnicodeNormalizer.isNFCStable(scalar) { features.insert(.nonNFCStable) }
    return features.rawValue
  }
}
