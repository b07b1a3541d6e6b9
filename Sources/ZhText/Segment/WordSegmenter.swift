/// Splits text into words: ICU's word iterator for everything but runs of Chinese
/// characters, which `HanWordCutter` cuts with a frequency lexicon and an unknown-word model.
///
/// A number is one word with its magnitude and percent sign, a date with its unit (`1.6万`,
/// `30%`, `第71`, `2023年`; ICU cuts them apart), while a measure word or currency after a
/// number is a word of its own (`28 家`, `95亿 元`), as in the PKU conventions: the spans come from `NumberScanner`, so full-width and
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
  private let cutter = HanWordCutter()
  /// Words kept whole.
  public let dictionary: UserDictionary

  /// A segmenter; opens ICU's word iterator (and its dictionary) once.
  public convenience init(dictionary: UserDictionary = UserDictionary()) throws(ICUError) {
    self.init(iterator: try BreakIterator(kind: .word), dictionary: dictionary)
  }

  private init(iterator: BreakIterator, dictionary: UserDictionary) {
    self.iterator = iterator
    self.dictionary = dictionary
  }

  /// A segmenter with the same dictionary for another thread.
  public func clone() throws(ICUError) -> WordSegmenter {
    WordSegmenter(iterator: try iterator.clone(), dictionary: dictionary)
  }

  /// The words of `text`, covering it exactly.
  public func words(_ text: [Unicode.Scalar]) -> [Word] {
    guard !text.isEmpty else { return [] }
    // Spans kept whole: numbers and the units after them, then dictionary words (which win).
    var kept: [(range: Range<Int>, type: WordType)] = []
    for number in numbers.scan(text) where number.kind != .marker {
      let end = number.end
      guard let unit = number.unit?.unicodeScalars, text[end...].starts(with: unit) else {
        kept.append((number.start..<end, .number))
        continue
      }
      // A date keeps its unit (2025年, 15日); a measure word or currency is a word of its own.
      if number.kind == .date {
        kept.append((number.start..<(end + unit.count), .number))
      } else {
        kept.append((number.start..<end, .number))
        kept.append((end..<(end + unit.count), .word))
      }
    }
    for occurrence in dictionary.occurrences(in: text) {
      kept.removeAll { $0.range.overlaps(occurrence) }
      kept.append((occurrence, .word))
    }
    kept.sort { $0.range.lowerBound < $1.range.lowerBound }
    // One ICU pass over the whole text; its boundaries inside kept spans are dropped. Chinese
    // characters reach ICU as a symbol (〓, word-break class Other, like them a word of its
    // own) so that its dictionary does not cut runs that the lexicon cuts again anyway.
    let boundaries = iterator.boundaries(of: text.map { $0.isHan ? "\u{3013}" : $0 })
    var words: [Word] = []
    words.reserveCapacity(boundaries.count + kept.count)
    var start = 0
    var next = 0  // the next kept span
    for boundary in boundaries {
      while next < kept.count && kept[next].range.upperBound <= boundary.offset {
        let span = kept[next]
        if span.range.lowerBound > start {
          words.append(Word(range: start..<span.range.lowerBound,
                            type: Self.type(of: text[start..<span.range.lowerBound], status: 0)))
        }
        if span.range.upperBound > max(start, span.range.lowerBound) {
          words.append(Word(range: max(start, span.range.lowerBound)..<span.range.upperBound, type: span.type))
        }
        start = max(start, span.range.upperBound)
        next += 1
      }
      if next < kept.count && kept[next].range.lowerBound < boundary.offset { continue }  // inside a span
      if boundary.offset > start {
        words.append(Word(range: start..<boundary.offset, type: Self.type(of: text[start..<boundary.offset], status: boundary.status)))
        start = boundary.offset
      }
    }
    return recutHan(words, in: text, keeping: Set(kept.lazy.filter { $0.type == .word }.map(\.range)))
  }

  /// `words` with every run of consecutive all-Han words (ICU's cut) cut again by the
  /// lexicon; the `fixed` words (units after numbers, user-dictionary words) stay as they are.
  private func recutHan(_ words: [Word], in text: [Unicode.Scalar], keeping fixed: Set<Range<Int>>) -> [Word] {
    var result: [Word] = []
    result.reserveCapacity(words.count)
    var run: Int?  // where the pending run starts
    func flush(upTo end: Int) {
      guard var at = run else { return }
      for length in cutter.cut(text[at..<end]) {
        result.append(Word(range: at..<(at + length), type: .word))
        at += length
      }
      run = nil
    }
    for word in words {
      if word.type == .word && !fixed.contains(word.range) && text[word.range].allSatisfy(\.isHan) {
        if run == nil { run = word.range.lowerBound }
      } else {
        flush(upTo: word.range.lowerBound)
        result.append(word)
      }
    }
    flush(upTo: text.count)
    return result
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
