/// What measuring a line straight from its UTF-8 bytes needs to know of each BMP character
/// under the options in force, in one byte: its display width, whether it is prose
/// punctuation, ends a sentence, opens or closes a bracket, whether a paragraph rule could
/// change text that holds it, and whether the line must take the general way instead
/// (`LayoutLine.measure(utf8:number:classes:)`).
///
/// One byte a character, so that the part of the table Chinese text reads stays in the
/// first-level cache. Built once per document reader: the rules in force decide the
/// `trigger` bit.
public struct LineClasses: Sendable {
  /// The class of every BMP character.
  let table: [UInt8]
  /// For each class, what it adds to a line's running counts (`Counts`).
  let counts: [UInt64]

  /// Display width: the low two bits (0 for an extraction space).
  static let widthMask: UInt8 = 3
  /// Sentence or clause punctuation (`，。、；：！？`, ASCII `,;:!?`).
  static let prosePunctuation: UInt8 = 1 << 2
  /// Ends a sentence (`。！？…`).
  static let sentenceEnd: UInt8 = 1 << 3
  /// Opens a quotation or bracket.
  static let opening: UInt8 = 1 << 4
  /// Closes a quotation or bracket.
  static let closing: UInt8 = 1 << 5
  /// Some paragraph rule in force (or normalization) may change text holding it.
  static let trigger: UInt8 = 1 << 6
  /// A line holding it is measured the general way: a line rule acts on it (a form feed,
  /// what rule `encoding` removes), or it marks a photo credit (`摄`), or it is a tab (or a
  /// surrogate code point, which only malformed UTF-8 reaches). `资`, the other character
  /// a caption needs, is looked for apart (`LayoutLine.measure(utf8:number:classes:)`).
  static let generalWay: UInt8 = 1 << 7

  /// The classes under `rules`.
  public init(rules: ParagraphRules) {
    // Built at every start: each character's class comes from its measure class through a
    // table of the 256 of those, and its trigger bit from its features, in a loop of a few
    // instructions a character; the few characters the line rules read are set after.
    let remap = (0..<256).map { Self.class(of: MeasureClass(rawValue: UInt8($0))) }
    let triggers = rules.triggers?.rawValue
    table = [UInt8](unsafeUninitializedCapacity: 0x10000) { table, count in
      MeasureClass.table.withUnsafeBufferPointer { measure in
        TextFeatures.table.withUnsafeBufferPointer { features in
          for v in 0..<0x10000 {
            let inert = triggers.map { features[v] & $0 == 0 } ?? false
            table[v] = remap[Int(measure[v])] | (inert ? 0 : Self.trigger)
          }
        }
      }
      // A surrogate has no scalar: only a malformed three-byte sequence decodes to one.
      for v in 0xD800..<0xE000 { table[v] |= Self.generalWay }
      table[0x09] |= Self.generalWay
      table[0x0C] |= Self.generalWay
      table[0x6444] |= Self.generalWay  // 摄
      if rules.options.runs(.encoding) {
        for v in EncodingRule.removedCharacters { table[Int(v)] |= Self.generalWay }
      }
      count = 0x10000
    }
    counts = (0..<256).map { Counts.increment(for: UInt8($0)) }
  }

  /// The class bits a character of measure class `m` has, triggers, line rules and `摄`
  /// aside.
  private static func `class`(of m: MeasureClass) -> UInt8 {
    var c = UInt8(m.width)
    if m.contains(.prosePunctuation) { c |= prosePunctuation }
    if m.contains(.sentenceEnd) { c |= sentenceEnd }
    if m.contains(.opening) { c |= opening }
    if m.contains(.closing) { c |= closing }
    return c
  }

  /// A line's running counts, packed in sixteen-bit fields of one word so that a character
  /// adds to all of them at once: characters that are not spaces, the wide among them,
  /// sentence ends, and the depth of brackets (in the top field, where a closing bracket's
  /// all-ones borrow runs off the end). Exact for lines of fewer than 32,768 characters.
  enum Counts {
    /// The most characters a line measured with counts may have.
    static let limit = 0x7FFF

    /// What a character of class `c` adds.
    static func increment(for c: UInt8) -> UInt64 {
      let width = c & widthMask
      var increment: UInt64 = width > 0 ? 1 : 0
      if width == 2 { increment |= 1 << 16 }
      if c & sentenceEnd != 0 { increment |= 1 << 32 }
      if c & opening != 0 { increment &+= 1 << 48 }
      if c & closing != 0 { increment &+= 0xFFFF << 48 }
      return increment
    }

    static func key(_ counts: UInt64) -> Int { Int(counts & 0xFFFF) }
    static func wide(_ counts: UInt64) -> Int { Int(counts >> 16 & 0xFFFF) }
    static func sentenceEnds(_ counts: UInt64) -> Int { Int(counts >> 32 & 0xFFFF) }
    /// Whether every bracket opened is closed: a depth of zero.
    static func isBalanced(_ counts: UInt64) -> Bool { counts >> 48 == 0 }
  }

  /// True when no character of `text` is a trigger (see `trigger`): no paragraph rule
  /// changes it. Characters outside the BMP count as triggers.
  func isInert(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
    table.withUnsafeBufferPointer { table in
      text.allSatisfy { $0.value < 0x10000 && table[Int($0.value)] & Self.trigger == 0 }
    }
  }
}
