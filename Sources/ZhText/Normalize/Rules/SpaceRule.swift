/// Rule `space`: removes the spaces PDF extraction puts into Chinese text, keeps the ones
/// that separate words.
///
/// Removed: leading and trailing spaces; a space next to CJK punctuation; a space between Han
/// and a digit (and after `%` before Han); every space with CJK on a side inside a
/// letter-spaced run (four or more tokens of one to four characters, each with a CJK
/// character or digit, separated by single spaces: `发 布《绿 色 金 融`); the spaces of a run
/// of single digits between Han (`全省 5 3 0 0 家`); the spaces around a hyphen between Han
/// (`中国 - 蒙古`); and, in prose (text with Chinese sentence or clause punctuation), every
/// space between two Han characters, which extractors and OCR insert at random.
///
/// Kept: spaces between Han and Latin words (`项目 and 人员`); a space between Han phrases in
/// text without punctuation (headlines `十年共建结硕果 携手共进向未来`); the spaces of a
/// trailing photo credit (`新华社记者 鞠焕宗 摄`) and of a byline (`（记者 林晓雯）`).
///
/// With `pangu`, a Han–Latin or Han–digit boundary instead gets exactly one space.
public enum SpaceRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar], pangu: Bool = false) -> [Edit] {
    let (spaceRuns, mayHaveByline) = survey(text)
    guard spaceRuns > 0 || pangu else { return [] }
    let prose = isProse(text)
    let credit = creditRange(text)
    var byline = Cursor(mayHaveByline ? bylineSpaces(text) : [])
    var lettered = Cursor(letterSpacedRuns(text, spaceRuns: spaceRuns))
    var edits: [Edit] = []
    // At most one edit per space run unless pangu inserts: room for them all at once, as a
    // line of a million spaced tokens would otherwise double its list twenty times.
    if spaceRuns > 8 { edits.reserveCapacity(spaceRuns) }
    var i = 0
    while i < text.count {
      guard text[i].isSpaceLike else {
        if pangu {
          if i > 0, needsPanguSpace(text[i - 1], text[i]) { edits.add(Edit(i..<i, [" "])) }
          i += 1
        } else {
          i = text.withUnsafeBufferPointer { ScalarBlock.firstSpace(in: $0, from: i + 1) }
        }
        continue
      }
      var j = i
      while j < text.count && text[j].isSpaceLike { j += 1 }
      let left = i > 0 ? text[i - 1] : nil
      let right = j < text.count ? text[j] : nil
      if let left, let right {
        let named = credit?.contains(i) ?? false || byline.contains(i)
        if removes(text, i, j, left: left, right: right, prose: prose, lettered: lettered.contains(i),
                   named: named, pangu: pangu)
        {
          edits.add(.delete(i..<j))
        } else if pangu && needsPanguSpace(left, right) && (j - i > 1 || text[i] != " ") {
          edits.add(Edit(i..<j, [" "]))
        }
      } else {
        edits.add(.delete(i..<j))  // leading or trailing
      }
      i = j
    }
    return edits
  }

  /// Whether the offsets a left-to-right scan visits lie in sorted runs (both bounds
  /// ascending): a cursor that moves with the scan, so each question costs no search.
  private struct Cursor {
    let runs: [Range<Int>]
    var next = 0

    init(_ runs: [Range<Int>]) { self.runs = runs }

    /// Whether `offset`, no smaller than any asked before, lies in a run.
    mutating func contains(_ offset: Int) -> Bool {
      while next < runs.count && runs[next].upperBound <= offset { next += 1 }
      return next < runs.count && runs[next].contains(offset)
    }
  }

  private static func removes(
    _ text: [Unicode.Scalar], _ i: Int, _ j: Int, left: Unicode.Scalar, right: Unicode.Scalar,
    prose: Bool, lettered: Bool, named: Bool, pangu: Bool
  ) -> Bool {
    if left.isCJKPunctuation || right.isCJKPunctuation { return true }
    let hanDigit = (left.isHan && right.isASCIIDigit) || (left.isASCIIDigit && right.isHan)
    if hanDigit { return !pangu }
    if (left == "%" || left == "\u{FF05}") && right.isHan { return true }
    if named && left.isHan && right.isHan { return false }
    if lettered && (left.isCJK || right.isCJK) { return true }
    if left.isASCIIDigit && right.isASCIIDigit && isSingleDigitRun(text, i, j) { return true }
    if left.isHan && right == "-" || left == "-" && right.isHan { return isSpacedHyphen(text, i, j) }
    if prose && left.isHan && right.isHan { return true }
    return false
  }

  /// How many maximal runs of spaces `text` has, and whether it has a 者 or 员, with which
  /// a byline's role words end (one pass for both, eight characters at a time where there
  /// is no space).
  private static func survey(_ text: [Unicode.Scalar]) -> (spaceRuns: Int, mayHaveByline: Bool) {
    text.withUnsafeBufferPointer { text in
      var survey = Survey()
      var i = 0
      while i < text.count {
        if i + 8 <= text.count, let base = text.baseAddress {
          let block = ScalarBlock.at(base + i)
          if !ScalarBlock.hasSpace(block) {
            survey.roleEnd = survey.roleEnd || ScalarBlock.has(0x8005, or: 0x5458, in: block)  // 者, 员
            survey.previousIsSpace = false
            i += 8
            continue
          }
        }
        // A block with a space, or the last characters: one at a time.
        for c in text[i..<min(i + 8, text.count)] { survey.add(c) }
        i += 8
      }
      return (survey.runs, survey.roleEnd)
    }
  }

  /// What `survey` has found so far.
  private struct Survey {
    var runs = 0
    var previousIsSpace = false
    var roleEnd = false

    mutating func add(_ c: Unicode.Scalar) {
      let isSpace = c.isSpaceLike
      if isSpace && !previousIsSpace { runs += 1 }
      previousIsSpace = isSpace
      roleEnd = roleEnd || c == "者" || c == "员"
    }
  }

  /// True when `text` has Chinese sentence or clause punctuation.
  private static func isProse(_ text: [Unicode.Scalar]) -> Bool {
    let traits = CharacterTraits.lookup  // taken once, not once per character
    return text.contains { !traits[$0].isDisjoint(with: .prosePunctuation) }
  }

  private static func needsPanguSpace(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    (a.isHan && b.isASCIIAlphanumeric) || (a.isASCIIAlphanumeric && b.isHan)
  }

  /// The letter-spaced runs, each with the space runs at its edges, in ascending order; a
  /// run that ends at a wide gap shares that gap with the run the gap starts. One pass, no
  /// list of tokens: a run is a count and where it started, so memory stays a fraction of
  /// the text however long the line.
  private static func letterSpacedRuns(_ text: [Unicode.Scalar], spaceRuns: Int) -> [Range<Int>] {
    // A run has four tokens, so three gaps: text with fewer space runs has none.
    guard spaceRuns >= 3 else { return [] }
    var runs: [Range<Int>] = []
    var runStart = 0  // where the current run of short tokens starts, with the gap before it
    var runTokens = 0
    var lastTokenEnd = 0
    var seenToken = false
    var i = 0
    while i < text.count {
      let gapStart = i
      while i < text.count && text[i].isSpaceLike { i += 1 }
      guard i < text.count else { break }
      var j = i
      var marked = false  // the token has a CJK character or a digit
      while j < text.count && j - i <= 4 && !text[j].isSpaceLike {
        marked = marked || text[j].isCJK || text[j].isASCIIDigit
        j += 1
      }
      if j - i > 4 {
        // A long token (as most are) is no letter-spaced one: on to the next space, eight
        // characters at a time.
        j = text.withUnsafeBufferPointer { ScalarBlock.firstSpace(in: $0, from: j) }
      }
      let short = j - i <= 4 && marked
      if runTokens > 0 && short && i - gapStart == 1 {
        runTokens += 1
      } else {
        if runTokens >= 4 { runs.append(runStart..<i) }  // with the gap before this token
        runTokens = short ? 1 : 0
        runStart = seenToken ? gapStart : i  // leading spaces are no gap
      }
      seenToken = true
      lastTokenEnd = j
      i = j
    }
    if runTokens >= 4 { runs.append(runStart..<lastTokenEnd) }
    return runs
  }

  /// The spaces `i..<j` separate single digits in a run bounded by Han: `全省 5 3 0 0 家`.
  private static func isSingleDigitRun(_ text: [Unicode.Scalar], _ i: Int, _ j: Int) -> Bool {
    func isSingle(_ k: Int) -> Bool {
      text[k].isASCIIDigit && (k == 0 || text[k - 1].isSpaceLike || text[k - 1].isHan)
        && (k + 1 == text.count || text[k + 1].isSpaceLike || text[k + 1].isHan)
    }
    guard j - i == 1, isSingle(i - 1), isSingle(j) else { return false }
    var k = i - 1
    while k >= 2 && text[k - 1] == " " && isSingle(k - 2) { k -= 2 }
    let leftHan = k >= 1 && (text[k - 1].isHan || (k >= 2 && text[k - 1] == " " && text[k - 2].isHan))
    k = j
    while k + 2 < text.count && text[k + 1] == " " && isSingle(k + 2) { k += 2 }
    let rightHan = k + 1 < text.count
      && (text[k + 1].isHan || (k + 2 < text.count && text[k + 1] == " " && text[k + 2].isHan))
    return leftHan && rightHan
  }

  /// The spaces `i..<j` sit beside a hyphen that stands between Han: `中国 - 蒙古`.
  private static func isSpacedHyphen(_ text: [Unicode.Scalar], _ i: Int, _ j: Int) -> Bool {
    if text[j] == "-" {  // space before the hyphen
      var k = j + 1
      while k < text.count && text[k].isSpaceLike { k += 1 }
      return k < text.count && text[k].isHan && text[i - 1].isHan
    }
    var k = i - 2  // space after the hyphen at i - 1
    while k >= 0 && text[k].isSpaceLike { k -= 1 }
    return k >= 0 && text[k].isHan && text[j].isHan
  }

  /// The spaces (in ascending order) that set the names of a byline apart: `（记者 林晓雯）`,
  /// `（新华社记者 王敏 李想）`, `本报记者 张三` at the start of the text — a role word
  /// (记者, 通讯员) opening the text or a bracket, then names of two to four Han characters
  /// each after one space.
  private static func bylineSpaces(_ text: [Unicode.Scalar]) -> [Range<Int>] {
    var kept: [Range<Int>] = []
    var k = 0
    while true {
      k = text.withUnsafeBufferPointer { ScalarBlock.first("记", or: "通", in: $0, from: k) }
      guard k + 1 < text.count else { break }
      let roleLength = text[k] == "记" && text[k + 1] == "者" ? 2
        : k + 2 < text.count && text[k] == "通" && text[k + 1] == "讯" && text[k + 2] == "员" ? 3 : 0
      guard roleLength > 0 else { k += 1; continue }
      var opening = k
      while opening > 0 && k - opening < 8 && text[opening - 1].isHan { opening -= 1 }
      let atStart = text[..<opening].allSatisfy(\.isSpaceLike)
      let bracketed = !atStart && (text[opening - 1] == "（" || text[opening - 1] == "(")
      var j = k + roleLength
      var names: [Range<Int>] = []  // the spaces before each name
      while atStart || bracketed, j + 2 < text.count, text[j] == " ", text[j + 1].isHan {
        var end = j + 1
        while end < text.count && text[end].isHan { end += 1 }
        guard (2...4).contains(end - j - 1) else { break }
        names.append(j..<(j + 1))
        j = end
      }
      // In brackets the names fill them: `（记者 发现，…）` names no one.
      if atStart || j < text.count && (text[j] == "）" || text[j] == ")") { kept += names }
      k = max(j, k + 1)
    }
    return kept
  }

  /// The span of a trailing photo credit (`…。 新华社记者 鞠焕宗 摄`): Han words separated by
  /// single spaces, the last ending in 摄.
  private static func creditRange(_ text: [Unicode.Scalar]) -> Range<Int>? {
    var end = text.count
    while end > 0 && text[end - 1].isSpaceLike { end -= 1 }
    guard end > 0, text[end - 1] == "摄" else { return nil }
    var start = end - 1
    while start > 0 && (text[start - 1].isHan || (text[start - 1] == " " && start >= 2 && text[start - 2].isHan)) {
      start -= 1
    }
    return start..<end
  }
}
