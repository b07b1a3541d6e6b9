/// Splits a paragraph into sentences: ICU's sentence iterator, corrected for Chinese.
///
/// ICU (UAX #29) handles `。！？`, closing quotes and brackets and decimals. On Chinese it
/// attaches an opening quote to the sentence before, breaks after Latin abbreviations before
/// Han (`U.S.企业`) and after list numbers (`1.简化手续`), inside book titles (`《你好！丝路》`)
/// and after quoted exclamations used as nouns (`“加油！”的呼喊声`). Each is corrected here.
/// Decisions: `……` is a pause, not an end (a sentence ends at the `。！？` after it); a
/// speech tag after a closed quote belongs to the quote (`“……。”他说。` is one sentence);
/// `；` ends a sentence only with `semicolon`.
public final class SentenceSplitter {
  private let iterator: BreakIterator
  /// Break after `；` too.
  public let semicolon: Bool

  /// A splitter; opens ICU's sentence iterator once.
  public convenience init(semicolon: Bool = false) throws(ICUError) {
    self.init(iterator: try BreakIterator(kind: .sentence), semicolon: semicolon)
  }

  private init(iterator: BreakIterator, semicolon: Bool) {
    self.iterator = iterator
    self.semicolon = semicolon
  }

  /// A splitter with the same settings for another thread.
  public func clone() throws(ICUError) -> SentenceSplitter {
    SentenceSplitter(iterator: try iterator.clone(), semicolon: semicolon)
  }

  /// The sentences of `text` as consecutive ranges covering it exactly.
  public func sentences(_ text: [Unicode.Scalar]) -> [Range<Int>] {
    guard !text.isEmpty else { return [] }
    var cuts: [Int] = []
    // ICU can only break after a sentence terminator or a paragraph separator: a text
    // without one is one sentence (most lines of extracted text), and ICU is not asked.
    let traits = CharacterTraits.lookup
    if text.contains(where: { traits[$0].contains(.sentenceBreak) }) {
      let titles = SentenceRules.TitleDepth(text)
      for boundary in iterator.boundaries(of: text) where boundary.offset > 0 && boundary.offset < text.count {
        let cut = moveOpeners(before: boundary.offset, in: text)
        if !SentenceRules.isFalseBreak(at: cut, in: text, titles: titles) { cuts.append(cut) }
      }
    }
    if semicolon { cuts += SentenceRules.semicolonBreaks(in: text) }
    cuts.sort()
    var ranges: [Range<Int>] = []
    var start = 0
    for cut in cuts where cut > start && cut < text.count {
      ranges.append(start..<cut)
      start = cut
    }
    ranges.append(start..<text.count)
    return ranges
  }

  /// `…深化。“这是` — ICU cuts after the opening quote; the quote opens the next sentence.
  private func moveOpeners(before cut: Int, in text: [Unicode.Scalar]) -> Int {
    var k = cut
    while k > 0 && SentenceRules.isOpener(text[k - 1]) { k -= 1 }
    return k
  }
}

/// The corrections `SentenceSplitter` applies to ICU's boundaries, as pure functions.
enum SentenceRules {
  static func isOpener(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "“", "‘", "（", "《", "「", "『", "【", "〈", "(", "\"": return true
    default: return false
    }
  }

  static func isTerminator(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "。", "！", "？", "!", "?", "…": return true
    default: return false
    }
  }

  static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "”", "’", "」", "』", "\"": return true
    default: return false
    }
  }

  /// Latin abbreviations after which a full stop does not end a sentence before a name.
  static let abbreviations: Set<String> = [
    "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Co", "Ltd", "Inc", "Jr", "Sr", "No", "Mt", "vs", "etc",
    "Corp", "Dept", "Gen", "Gov", "Sen", "Rep", "Fig", "Vol", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "U.S", "U.K", "U.N",
  ]

  /// Speech verbs: a short clause with one after a closed quote is its speech tag.
  static let speechVerbs = ["说", "说道", "写道", "问道", "表示", "指出", "强调", "问", "答", "称", "介绍", "认为", "写道", "补充", "感叹", "宣布"]
    .map { Array($0.unicodeScalars) }

  /// Characters after a closed quote that make the quotation a noun: `“加油！”的呼喊声`.
  static let nounContinuations = Set("的地之等和与或声".unicodeScalars)

  /// True when ICU's boundary at `cut` must go.
  static func isFalseBreak(at cut: Int, in text: [Unicode.Scalar], titles: TitleDepth) -> Bool {
    titles.inside(cut) || afterAbbreviation(cut, text) || afterListNumber(cut, text)
      || quotationContinues(cut, text)
  }

  /// Where a text is inside `《…》` or `〈…〉`: the nesting depth before each offset, made
  /// only for texts that have a title mark.
  struct TitleDepth {
    private var depth: [Int32] = []
    /// The offset of the last closing mark, or -1.
    private var lastClose = -1

    init(_ text: [Unicode.Scalar]) {
      guard text.contains(where: { $0 == "《" || $0 == "〈" }) else { return }
      depth.reserveCapacity(text.count + 1)
      var d: Int32 = 0
      for (offset, c) in text.enumerated() {
        depth.append(d)
        if c == "《" || c == "〈" { d += 1 }
        if c == "》" || c == "〉" {
          if d > 0 { d -= 1 }
          lastClose = offset
        }
      }
      depth.append(d)
    }

    /// A cut at `offset` falls inside an open title that closes later.
    func inside(_ offset: Int) -> Bool {
      !depth.isEmpty && depth[offset] > 0 && lastClose >= offset
    }
  }

  /// `U.S.企业`, `Ltd.签署`, `Dr. Smith`: a full stop after Latin letters, followed by Han,
  /// a digit, a lowercase word, or a name after a known abbreviation or an initial.
  static func afterAbbreviation(_ cut: Int, _ text: [Unicode.Scalar]) -> Bool {
    var p = cut - 1
    while p >= 0 && text[p].isSpaceLike { p -= 1 }
    guard p >= 1, text[p] == ".", text[p - 1].traits.contains(.latinLetter), cut < text.count else { return false }
    let next = text[cut]
    if next.isHan || next.isASCIIDigit || next.properties.isLowercase { return true }
    var w = p - 1
    while w >= 0 && (text[w].traits.contains(.latinLetter) || (text[w] == "." && w > 0 && text[w - 1].traits.contains(.latinLetter))) {
      w -= 1
    }
    let word = String(String.UnicodeScalarView(text[(w + 1)..<p]))
    return abbreviations.contains(word) || (word.count == 1 && word.first?.isUppercase == true)
  }

  /// `：1.简化手续；2.降低成本`: a cut after a one- or two-digit list number.
  static func afterListNumber(_ cut: Int, _ text: [Unicode.Scalar]) -> Bool {
    let p = cut - 1
    guard p >= 1, text[p] == "." || text[p] == "．", text[p - 1].isASCIIDigit else { return false }
    var d = p - 1
    while d >= 0 && text[d].isASCIIDigit { d -= 1 }
    guard p - 1 - d <= 2 else { return false }
    return d < 0 || !text[d].isASCIIAlphanumeric && text[d] != "."
  }

  /// After `。”`/`！”`: the quotation goes on as a noun (`“加油！”“加油！”的呼喊声`) or takes a
  /// speech tag (`”他说。`).
  static func quotationContinues(_ cut: Int, _ text: [Unicode.Scalar]) -> Bool {
    guard cut >= 2, isClosingQuote(text[cut - 1]), isTerminator(text[cut - 2]) else { return false }
    var r = cut
    // A run of quoted exclamations: “加油！”“加油！”
    while r < text.count, text[r] == "“", let close = text[r...].firstIndex(of: "”"), close - r <= 12,
      close > r + 1, isTerminator(text[close - 1])
    {
      r = close + 1
    }
    guard r < text.count else { return false }
    if nounContinuations.contains(text[r]) { return true }
    if r > cut { return false }
    // A speech tag: a short clause that ends with a speech verb (`他说。`, `代表表示。`,
    // `回忆起十年历程，他这样说。`), not one that only contains one (`说完，她又去忙了。`).
    let end = text[r...].firstIndex(where: isTerminator) ?? text.count
    guard end - r <= 16 else { return false }
    var clause = Array(text[r..<end])
    while let last = clause.last, last == "了" || last == "着" { clause.removeLast() }
    return speechVerbs.contains { clause.hasSuffix($0) }
  }

  /// Offsets after each `；` (and closing quotes or brackets right after it).
  static func semicolonBreaks(in text: [Unicode.Scalar]) -> [Int] {
    var cuts: [Int] = []
    for (index, c) in text.enumerated() where c == "；" || c == ";" {
      var k = index + 1
      while k < text.count && isClosingQuote(text[k]) { k += 1 }
      if k < text.count { cuts.append(k) }
    }
    return cuts
  }
}
