/// Splits text into words: ICU's word iterator with its Chinese dictionary, improved.
///
/// A number is one word with its magnitude, percent sign and unit (`2023年`, `1.6万`, `30%`,
/// `第71届`; ICU cuts them apart): the spans come from `NumberScanner`, so full-width and
/// letter-spaced digits count as digits for the decision while the text stays as written.
/// Words of a user dictionary are never split. The pieces concatenate back to the text.
public final class WordSegmenter {
  /// What a word is.
  public enum WordType: String, Sendable {
    case word, number, latin, punct, space
  }

  /// One word.
  public struct Word: Equatable, Sendable {
    /// Its span in scalars.
    public var range: Range<Int>
    /// Its type.
    public var type: WordType
  }

  private let iterator: BreakIterator
  private let numbers = NumberScanner()
  /// Words kept whole.
  public let dictionary: UserDictionary

  /// A segmenter; opens ICU's word iterator (and its dictionary) once.
  public init(dictionary: UserDictionary = UserDictionary()) throws(ICUError) {
    iterator = try BreakIterator(kind: .word)
    self.dictionary = dictionary
  }

  /// The words of `text`, covering it exactly.
  public func words(_ text: [Unicode.Scalar]) -> [Word] {
    guard !text.isEmpty else { return [] }
    // Spans kept whole: numbers with their units, then dictionary words (which win).
    var kept: [(range: Range<Int>, type: WordType)] = []
    for number in numbers.scan(text) where number.kind != .marker {
      var end = number.end
      if let unit = number.unit, text[end...].starts(with: unit.unicodeScalars) { end += unit.unicodeScalars.count }
      kept.append((number.start..<end, .number))
    }
    for occurrence in dictionary.occurrences(in: text) {
      kept.removeAll { $0.range.overlaps(occurrence) }
      kept.append((occurrence, .word))
    }
    kept.sort { $0.range.lowerBound < $1.range.lowerBound }
    // ICU segments the text between kept spans on its own, so a kept span never leaves a
    // fragment glued to its neighbour (第71届|联合国, not 联合|国).
    var words: [Word] = []
    var start = 0
    for span in kept + [(text.count..<text.count, WordType.word)] {
      if span.range.lowerBound > start { words += icuWords(text, start..<span.range.lowerBound) }
      if !span.range.isEmpty { words.append(Word(range: span.range, type: span.type)) }
      start = span.range.upperBound
    }
    return words
  }

  private func icuWords(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Word] {
    let piece = Array(text[range])
    var words: [Word] = []
    var start = 0
    for boundary in iterator.boundaries(of: piece) where boundary.offset > start {
      let slice = piece[start..<boundary.offset]
      words.append(Word(range: (range.lowerBound + start)..<(range.lowerBound + boundary.offset),
                        type: Self.type(of: slice, status: boundary.status)))
      start = boundary.offset
    }
    return words
  }

  private static func type(of piece: ArraySlice<Unicode.Scalar>, status: Int32) -> WordType {
    if piece.allSatisfy({ $0.isSpaceLike || $0 == "\t" }) { return .space }
    switch status {
    case 100..<200: return .number
    case 200..<300: return piece.allSatisfy { $0.value < 0x80 } ? .latin : .word
    case 300..<500: return .word
    default:
      if piece.contains(where: { $0.isHan }) { return .word }
      if piece.allSatisfy({ $0.isASCIIDigit }) { return .number }
      if piece.contains(where: { $0.traits.contains(.latinLetter) }) { return .latin }
      return .punct
    }
  }
}
