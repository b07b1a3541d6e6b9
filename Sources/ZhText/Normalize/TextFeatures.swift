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
      features |= v < 0x10000 ? table[Int(v)] : Self.lookedUpFeatures(of: scalar)
    }
    self.rawValue = features
  }

  /// The features of `text`, UTF-8 that is valid by construction (layout's, see
  /// `ParagraphText`).
  init(utf8 text: UnsafeBufferPointer<UInt8>) {
    var features: UInt16 = 0
    Self.table.withUnsafeBufferPointer { table in
      var i = 0
      while i < text.count {
        // Two three-byte sequences (Chinese text) from one load while eight bytes remain.
        if i &+ 8 <= text.count, let (a, b) = ThreeByteSequence.pair(at: text.baseAddress! + i) {
          features |= table[Int(a)] | table[Int(b)]
          i &+= 6
          continue
        }
        let (scalar, next) = ValidUTF8.scalar(at: i, in: text)
        let v = scalar.value
        features |= v < 0x10000 ? table[Int(v)] : Self.lookedUpFeatures(of: scalar)
        i = next
      }
    }
    self.rawValue = features
  }

  /// Every feature: what is assumed of a text whose features were not found.
  static let all = TextFeatures(rawValue: .max)

  /// The characters that bring a feature by themselves (all in the BMP).
  static let triggers: [(feature: TextFeatures, characters: [ClosedRange<UInt32>])] = [
    (.space, [0x20...0x20, 0xA0...0xA0, 0x3000...0x3000]),
    (.straightQuote, [0x22...0x22, 0x27...0x27]),
    (.asciiBracket, [0x28...0x29]),
    (.openingBracket, [0x28...0x28, 0xFF08...0xFF08]),
    (.asciiPunctuation, [0x21...0x21, 0x2C...0x2C, 0x3A...0x3B, 0x3F...0x3F]),
    (.hyphen, [0x2D...0x2D]),
    (.tilde, [0x7E...0x7E]),
    // With ％ and ．, which rule width folds after a digit.
    (.fullWidthOrKana, [0xFF05...0xFF05, 0xFF0E...0xFF0E, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF61...0xFF9F]),
    (.midlineEllipsis, [0x22EF...0x22EF]),
  ]

  /// The features a character brings by the Unicode data tables rather than by `triggers`:
  /// it is a radical or stroke with an equivalent ideograph, it has a stray-traditional
  /// mapping, or NFC may change it.
  static func lookedUpFeatures(of scalar: Unicode.Scalar) -> UInt16 {
    var features: TextFeatures = []
    if CharacterMap.radicals.contains(scalar) { features.insert(.radical) }
    if scalar.value >= 0x3400 && CharacterMap.strayTraditional.contains(scalar) { features.insert(.strayCandidate) }
    if !UnicodeNormalizer.isNFCStable(scalar) { features.insert(.nonNFCStable) }
    return features.rawValue
  }

  /// The features `scalar` brings: the looked-up ones and those of the triggers holding it
  /// (what `table` holds for the BMP).
  static func compute(_ scalar: Unicode.Scalar) -> UInt16 {
    var features = lookedUpFeatures(of: scalar)
    for (feature, ranges) in triggers where ranges.contains(where: { $0.contains(scalar.value) }) {
      features |= feature.rawValue
    }
    return features
  }

  /// The features each BMP character brings (baked, see `BakedCharacterTables`).
  static let table: [UInt16] = [UInt16](unsafeUninitializedCapacity: 0x10000) { table, count in
    BakedCharacterTables.fill(table, from: BakedCharacterTables.features)
    count = 0x10000
  }
}
