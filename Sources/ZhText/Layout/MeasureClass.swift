/// What measuring a line for layout needs of one character, in one byte: its display
/// width (0 for an extraction space, which is not counted), whether it is prose
/// punctuation or ends a sentence, whether it opens or closes a bracket, and whether it may
/// mark a caption.
///
/// Read from a table for the Basic Multilingual Plane, so `LayoutLine` measures a line in
/// one branch-free pass instead of testing each character's range and traits. Bits 0–1
/// hold the width; the flags sit above them.
struct MeasureClass: OptionSet {
  let rawValue: UInt8
  init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Sentence or clause punctuation (`，。、；：！？`, ASCII `,;:!?`).
  static let prosePunctuation = MeasureClass(rawValue: 1 << 2)
  /// `摄` or `资`, which only a photo credit or `资料照片` caption needs.
  static let captionCharacter = MeasureClass(rawValue: 1 << 3)
  /// `图` or `表`, which open a figure or table title when they come first.
  static let figureMark = MeasureClass(rawValue: 1 << 4)
  /// Ends a sentence (`。！？…`).
  static let sentenceEnd = MeasureClass(rawValue: 1 << 5)
  /// Opens a quotation or bracket (`“（《` …).
  static let opening = MeasureClass(rawValue: 1 << 6)
  /// Closes a quotation or bracket (`”）》` …).
  static let closing = MeasureClass(rawValue: 1 << 7)

  /// Display width: CJK 2, other characters 1, extraction spaces 0.
  var width: Int { Int(rawValue & 3) }
  /// 1 for a sentence end, else 0: summed over a line without a branch.
  var sentenceEnds: Int { Int(rawValue >> 5 & 1) }
  /// How the character changes the depth of brackets: +1 opening, -1 closing, else 0.
  var bracketDepth: Int { Int(rawValue >> 6 & 1) &- Int(rawValue >> 7) }

  /// The class of `scalar`.
  @inline(__always)
  static func of(_ scalar: Unicode.Scalar, in table: UnsafeBufferPointer<UInt8>) -> MeasureClass {
    let v = scalar.value
    return v < 0x10000 ? MeasureClass(rawValue: table[Int(v)]) : compute(scalar)
  }

  /// The class of every BMP character (baked, see `BakedCharacterTables`).
  static let table: [UInt8] = [UInt8](unsafeUninitializedCapacity: 0x10000) { table, count in
    BakedCharacterTables.fill(table, from: BakedCharacterTables.measureClasses)
    count = 0x10000
  }

  /// The class of a character outside the BMP.
  static func compute(_ c: Unicode.Scalar) -> MeasureClass { compute(c, traits: c.traits) }

  /// The class of `c`, whose traits are `traits` (the baked table's source).
  static func compute(_ c: Unicode.Scalar, traits: CharacterTraits) -> MeasureClass {
    if c.isSpaceLike { return [] }
    let v = c.value
    var result = MeasureClass(rawValue: v >= 0x1100 && traits.contains(.wide) ? 2 : 1)
    if traits.contains(.sentenceEnd) { result.insert(.sentenceEnd) }
    if traits.contains(.opening) { result.insert(.opening) }
    if traits.contains(.closing) { result.insert(.closing) }
    switch c {
    case "摄", "资": result.insert(.captionCharacter)
    case "图", "表": result.insert(.figureMark)
    case ",", ";", ":", "!", "?": result.insert(.prosePunctuation)
    default: if v >= 0x2000 && !traits.isDisjoint(with: .prosePunctuation) { result.insert(.prosePunctuation) }
    }
    return result
  }
}
