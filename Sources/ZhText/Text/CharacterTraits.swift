/// What zhtext needs to know about one character, as a set of flags.
///
/// Computed from ICU's Unicode properties (script, East_Asian_Width, Sentence_Break) and from
/// the CJK punctuation classes that the rules share; looked up, for the BMP, in a table baked
/// from those computations (`BakedCharacterTables`).
public struct CharacterTraits: OptionSet, Sendable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// Han script: ideographs, radicals, 〇 and 々.
  public static let han = CharacterTraits(rawValue: 1 << 0)
  /// Full-width CJK punctuation, including the curly quotes, 《》, —— and …….
  public static let cjkPunctuation = CharacterTraits(rawValue: 1 << 1)
  /// Ends a sentence: 。！？…⋯ and their half-width forms.
  public static let sentenceEnd = CharacterTraits(rawValue: 1 << 2)
  /// Ends a clause inside a sentence: ，、；：
  public static let clauseEnd = CharacterTraits(rawValue: 1 << 3)
  /// Closes a quotation or bracket: ”’」』）》】〕〉 and `)`.
  public static let closing = CharacterTraits(rawValue: 1 << 4)
  /// Opens a quotation or bracket: “‘「『（《【〔〈 and `(`.
  public static let opening = CharacterTraits(rawValue: 1 << 5)
  /// Occupies two columns in a CJK layout (East_Asian_Width W or F, and CJK punctuation).
  public static let wide = CharacterTraits(rawValue: 1 << 6)
  /// A space that extraction leaves between characters: U+0020, U+00A0, U+3000.
  public static let space = CharacterTraits(rawValue: 1 << 7)
  /// ASCII digit 0–9.
  public static let digit = CharacterTraits(rawValue: 1 << 8)
  /// ASCII letter A–Z, a–z.
  public static let latinLetter = CharacterTraits(rawValue: 1 << 9)

  /// A UAX #29 sentence boundary can follow it (Sentence_Break STerm, ATerm, Sep, CR, LF).
  public static let sentenceBreak = CharacterTraits(rawValue: 1 << 10)

  /// Sentence or clause punctuation (`sentenceEnd` or `clauseEnd`), the mark of prose. A
  /// constant, not a literal `[.sentenceEnd, .clauseEnd]`: in a loop such a literal builds
  /// and frees an array for every character it tests.
  public static let prosePunctuation = CharacterTraits(rawValue: sentenceEnd.rawValue | clauseEnd.rawValue)
  /// Han or CJK punctuation (`han` or `cjkPunctuation`), a constant for the same reason.
  public static let cjk = CharacterTraits(rawValue: han.rawValue | cjkPunctuation.rawValue)

  /// The traits of `scalar`.
  @inline(__always)
  public static func of(_ scalar: Unicode.Scalar) -> CharacterTraits {
    let v = scalar.value
    if v < 0x10000 { return CharacterTraits(rawValue: table[Int(v)]) }
    return compute(scalar)
  }

  /// The table, for loops over every character of a text: taken once before the loop, it
  /// spares each lookup the check that the table is built.
  public static var lookup: Lookup { Lookup(table: table) }

  /// The traits table, taken once (see `lookup`).
  public struct Lookup {
    fileprivate let table: [UInt16]

    /// The traits of `scalar`.
    @inline(__always)
    public subscript(_ scalar: Unicode.Scalar) -> CharacterTraits {
      let v = scalar.value
      return v < 0x10000 ? CharacterTraits(rawValue: table[Int(v)]) : CharacterTraits.compute(scalar)
    }
  }

  private static let table: [UInt16] = [UInt16](unsafeUninitializedCapacity: 0x10000) { table, count in
    BakedCharacterTables.fill(table, from: BakedCharacterTables.traits)
    count = 0x10000
  }

  /// The traits of `scalar` from ICU's properties: what the table holds for the BMP (baked,
  /// see `BakedCharacterTables`), and the answer outside it.
  static func compute(_ scalar: Unicode.Scalar) -> CharacterTraits {
    let v = scalar.value
    var traits: CharacterTraits = []
    if v >= 0x30 && v <= 0x39 { traits.insert(.digit) }
    if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { traits.insert(.latinLetter) }
    if v == 0x20 || v == 0xA0 || v == 0x3000 { traits.insert(.space) }
    if v >= 0x2E80 && UnicodeProperties.isHan(scalar) { traits.insert(.han) }
    if isCJKPunctuation(v) { traits.insert(.cjkPunctuation) }
    if UnicodeProperties.canEndSentence(scalar) { traits.insert(.sentenceBreak) }
    switch v {
    case 0x3002, 0xFF01, 0xFF1F, 0x2026, 0x22EF, 0xFF61: traits.insert(.sentenceEnd)
    case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF64: traits.insert(.clauseEnd)
    case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x300B, 0x3011, 0x3015, 0x3009, 0x3017,
      0x3019, 0x301B, 0xFF3D, 0xFF5D, 0x29, 0xFF63:
      traits.insert(.closing)
    case 0x201C, 0x2018, 0x300C, 0x300E, 0xFF08, 0x300A, 0x3010, 0x3014, 0x3008, 0x3016,
      0x3018, 0x301A, 0xFF3B, 0xFF5B, 0x28, 0xFF62:
      traits.insert(.opening)
    default: break
    }
    if v >= 0x1100 {
      let width = UnicodeProperties.eastAsianWidth(scalar)
      if width == .wide || width == .fullwidth || traits.contains(.cjkPunctuation) {
        traits.insert(.wide)
      }
    }
    return traits
  }

  private static func isCJKPunctuation(_ v: UInt32) -> Bool {
    if v < 0x2014 { return v == 0xB7 }
    switch v {
    case 0x3001...0x3004, 0x3008...0x3011, 0x3014...0x301F, 0x3030, 0x303D, 0x30FB,
      0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
      0x2018...0x201F, 0x2014, 0x2015, 0x2025, 0x2026, 0x22EF, 0x00B7,
      0xFE10...0xFE19, 0xFE30...0xFE4F, 0x2E3A, 0x2E3B:
      return true
    default:
      return false
    }
  }
}

extension Unicode.Scalar {
  // The predicates answer ASCII and the common CJK Unified Ideographs without the table.

  /// This character's zhtext traits.
  @inline(__always) public var traits: CharacterTraits { CharacterTraits.of(self) }
  /// Han script.
  @inline(__always) public var isHan: Bool {
    let v = value
    if v >= 0x4E00 && v <= 0x9FFF { return true }
    return v >= 0x2E80 && traits.contains(.han)
  }
  /// Full-width CJK punctuation.
  @inline(__always) public var isCJKPunctuation: Bool {
    let v = value
    if v < 0xB7 || (v >= 0x4E00 && v <= 0x9FFF) { return false }
    return traits.contains(.cjkPunctuation)
  }
  /// Han or CJK punctuation: the characters next to which spacing rules apply.
  @inline(__always) public var isCJK: Bool {
    let v = value
    if v < 0xB7 { return false }
    if v >= 0x4E00 && v <= 0x9FFF { return true }
    return !traits.isDisjoint(with: .cjk)
  }
  /// An extraction space (U+0020, U+00A0, U+3000).
  @inline(__always) public var isSpaceLike: Bool { value == 0x20 || value == 0x3000 || value == 0xA0 }
  /// ASCII digit.
  @inline(__always) public var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
  /// ASCII letter or digit.
  @inline(__always) public var isASCIIAlphanumeric: Bool {
    let v = value | 0x20
    return (value >= 0x30 && value <= 0x39) || (v >= 0x61 && v <= 0x7A)
  }
}
