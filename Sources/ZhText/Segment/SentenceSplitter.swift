/// Splits a paragraph into sentences: ICU's sentence iterator, corrected for Chinese.
///
/// ICU (UAX #29) handles `。！？`, closing quotes and brackets and decimals. On Chinese it
/// attaches an opening quote to the sentence before, breaks after Latin abbreviations before
/// Han (`U.S.企业`) and after list numbers (`1.简化手续`, `1. 简化手续`), inside titles,
/// brackets and quotations that stand in a sentence (`《你好！丝路》`, `（详见附件！）`,
/// `随后又说，“你看！”这句话`) and after quoted exclamations used as nouns
/// (`“加油！”的呼喊声`). Each is corrected here.
/// Decisions: an ellipsis (`……`, `…`, `......`, `。。。`) is a pause: it ends a sentence only
/// before a new one, that is before an opening quotation or bracket (a sentence ends at the
/// `。！？` after it otherwise); a speech tag after a closed quote belongs to the quote
/// (`“……？”记者问道。` is one sentence), and so does a quotation resumed after it
/// (`“不！”他说，“太险。”`); `；` ends a sentence only with `semicolon`.
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
    // ICU can only break after a sentence terminator or a paragraph separator, and an
    // ellipsis cuts only before an opener: a text without either is one sentence (most
    // lines of extracted text), and ICU is not asked.
    let traits = CharacterTraits.lookup
    var asksICU = false
    var hasEllipsis = false
    for c in text {
      if traits[c].contains(.sentenceBreak) { asksICU = true }
      if c == "…" || c == "⋯" { hasEllipsis = true }
    }
    if asksICU || hasEllipsis {
      let enclosures = Enclosures(text)
      if asksICU {
        for boundary in iterator.boundaries(of: text) where boundary.offset > 0 && boundary.offset < text.count {
          let cut = moveOpeners(before: boundary.offset, in: text)
          if !SentenceRules.isFalseBreak(at: cut, in: text, enclosures: enclosures) { cuts.append(cut) }
        }
      }
      if hasEllipsis { cuts += SentenceRules.ellipsisBreaks(in: text, enclosures: enclosures) }
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

  /// Speech verbs: a short clause that ends with one after a closed quote is its speech tag
  /// (`他说`, `记者问道`, `她笑着回答`, `他对记者说`; `道` covers `笑道 喊道 写道 答道`).
  static let speechVerbs = [
    "说", "道", "问", "答", "称", "表示", "指出", "强调", "介绍", "认为", "补充", "感叹", "宣布",
    "回答", "追问", "反问", "解释", "告诉记者", "坦言", "透露", "感慨", "提醒", "直言", "坦承",
    "说明", "回忆", "总结", "评价", "呼吁", "承认", "表态", "透露说", "问记者",
  ].map { Array($0.unicodeScalars) }

  /// Characters after a closed quote that make the quotation a noun: `“加油！”的呼喊声`.
  static let nounContinuations = Set("的地之等和与或声".unicodeScalars)

  /// True when ICU's boundary at `cut` must go.
  static func isFalseBreak(at cut: Int, in text: [Unicode.Scalar], enclosures: Enclosures) -> Bool {
    let stop = terminator(before: cut, in: text)
    if let stop, enclosures.encloses(stop) { return true }
    if let stop, pausesAtEllipsis(stop, cut, text) { return true }
    return afterAbbreviation(cut, text) || afterListNumber(cut, text) || quotationContinues(cut, text)
  }

  /// The offset of the terminator a boundary at `cut` follows (spaces and closing quotes or
  /// brackets stepped over), if any.
  static func terminator(before cut: Int, in text: [Unicode.Scalar]) -> Int? {
    var p = cut - 1
    while p >= 0 && (text[p].isSpaceLike || text[p].traits.contains(.closing)) { p -= 1 }
    return p >= 0 ? p : nil
  }

  /// Whether `c` at `k` belongs to an ellipsis: `…`, `⋯`, or a run of two or more `。` or
  /// three or more `.`.
  static func isEllipsis(_ k: Int, _ text: [Unicode.Scalar]) -> Bool {
    let c = text[k]
    if c == "…" || c == "⋯" { return true }
    guard c == "。" || c == "." else { return false }
    var first = k
    while first > 0 && text[first - 1] == c { first -= 1 }
    var last = k
    while last + 1 < text.count && text[last + 1] == c { last += 1 }
    return last - first + 1 >= (c == "." ? 3 : 2)
  }

  /// An ellipsis followed by anything but an opening quote or bracket is a pause.
  static func pausesAtEllipsis(_ stop: Int, _ cut: Int, _ text: [Unicode.Scalar]) -> Bool {
    guard isEllipsis(stop, text) else { return false }
    var k = cut
    while k < text.count && text[k].isSpaceLike { k += 1 }
    return k < text.count && Enclosures.closer(of: text[k]) == nil
  }

  /// `他沉默了……“你们走吧。”`: a cut where an ellipsis of `…` or `⋯` (which ICU never breaks
  /// after), with any closers, is followed by an opening quote or bracket, outside an
  /// embedded pair.
  static func ellipsisBreaks(in text: [Unicode.Scalar], enclosures: Enclosures) -> [Int] {
    var cuts: [Int] = []
    var k = 0
    while k < text.count {
      guard text[k] == "…" || text[k] == "⋯" else {
        k += 1
        continue
      }
      let stop = k
      while k < text.count && (text[k] == "…" || text[k] == "⋯") { k += 1 }
      var next = k
      while next < text.count && (text[next].isSpaceLike || text[next].traits.contains(.closing)) { next += 1 }
      if next < text.count, Enclosures.closer(of: text[next]) != nil, !enclosures.encloses(stop) {
        cuts.append(next)
      }
    }
    return cuts
  }

  /// `U.S.企业`, `Ltd.签署`, `Dr. Smith`: a full stop after a Latin abbreviation (a known one,
  /// an initial, or letters with inner full stops) or before a lowercase word or a digit.
  /// After an ordinary word it ends the sentence, before Han too (`He said hello. 然后`).
  static func afterAbbreviation(_ cut: Int, _ text: [Unicode.Scalar]) -> Bool {
    var p = cut - 1
    while p >= 0 && text[p].isSpaceLike { p -= 1 }
    guard p >= 1, text[p] == ".", text[p - 1].traits.contains(.latinLetter), cut < text.count else { return false }
    let next = text[cut]
    if next.isASCIIDigit || next.properties.isLowercase { return true }
    var w = p - 1
    while w >= 0 && (text[w].traits.contains(.latinLetter) || (text[w] == "." && w > 0 && text[w - 1].traits.contains(.latinLetter))) {
      w -= 1
    }
    let letters = text[(w + 1)..<p]
    let word = String(String.UnicodeScalarView(letters))
    let initial = letters.count == 1 && letters.first?.properties.isUppercase == true
    return abbreviations.contains(word) || initial || letters.contains(".")
  }

  /// `：1.简化手续；2. 降低成本`: a cut after a one- or two-digit list number.
  static func afterListNumber(_ cut: Int, _ text: [Unicode.Scalar]) -> Bool {
    var p = cut - 1
    while p >= 0 && text[p].isSpaceLike { p -= 1 }
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
    // A speech tag, ending the sentence or before the quotation resumes (`”他说，“…`).
    var end = r
    while end < text.count && !isTerminator(text[end]) && !resumesQuotation(at: end, text) { end += 1 }
    return isSpeechTag(text[r..<end])
  }

  /// A speech tag: a short clause that ends with a speech verb (`他说`, `代表表示`,
  /// `回忆起十年历程，他这样说`), not one that only contains one (`说完，她又去忙了`).
  static func isSpeechTag(_ clause: ArraySlice<Unicode.Scalar>) -> Bool {
    guard clause.count <= 16 else { return false }
    var clause = clause
    while let last = clause.last, last == "了" || last == "着" { clause.removeLast() }
    return speechVerbs.contains { clause.suffix($0.count).elementsEqual($0) }
  }

  /// `，“` or `：“` at `k`: a quotation resumes after a speech tag (`“我不同意！”他说，“这…”`).
  static func resumesQuotation(at k: Int, _ text: [Unicode.Scalar]) -> Bool {
    k + 1 < text.count && (text[k] == "，" || text[k] == "," || text[k] == "：") && text[k + 1] == "“"
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
