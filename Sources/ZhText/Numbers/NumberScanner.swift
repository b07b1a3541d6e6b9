/// Finds every numeric expression in a text and resolves its exact value.
///
/// The scanner walks the original characters and reads numbers through a folded view —
/// full-width digits as ASCII, PDF letter-spacing inside a number ignored — so that offsets
/// always point into the original text. Lexicalised words (`一带一路`, `进一步`), identifiers
/// (`5G`, `G20`, `PM2.5`, `COVID-19`, `GB/T 15834-2011`) and enumeration markers (`一是`,
/// `（六）`, `一、`, `1.` at a clause start) yield no number; markers are reported as `marker`
/// with `withMarkers`.
public struct NumberScanner: Sendable {
  /// Report enumeration and heading markers as `marker` expressions.
  public var withMarkers: Bool

  /// A scanner.
  public init(withMarkers: Bool = false) { self.withMarkers = withMarkers }

  /// Every numeric expression of `text`, in order.
  public func scan(_ text: [Unicode.Scalar]) -> [NumericExpression] {
    var results: [NumericExpression] = []
    let reader = Reader(text: text, withMarkers: withMarkers)
    var i = 0
    let starts = Reader.startTable  // taken once: this loop runs on every character
    while i < text.count {
      let c = text[i].value
      guard c < 0x10000 && starts[Int(c)] else {
        i += 1
        continue
      }
      if let (found, next) = reader.parse(at: i) {
        results.append(contentsOf: found)
        i = max(next, i + 1)
      } else {
        i += 1
      }
    }
    return results
  }
}

/// The parsing state over one text.
private struct Reader {
  let text: [Unicode.Scalar]
  let withMarkers: Bool

  /// For each BMP character, whether a numeric expression can start with it.
  static let startTable: [Bool] = (0..<0x10000).map { value in
    guard let c = Unicode.Scalar(UInt32(value)) else { return false }
    let v = c.value
    if v < 0x80 { return (v >= 0x30 && v <= 0x39) || c == "-" || c == "(" }
    if v >= 0xFF10 && v <= 0xFF19 { return true }
    switch c {
    case "第", "负", "数", "几", "（", "−", "前": return true
    default:
      return ChineseNumeral.isNumeral(c) || (0x2460...0x2473).contains(v) || (0x3220...0x3229).contains(v)
    }
  }

  // MARK: Characters

  func at(_ k: Int) -> Unicode.Scalar? { k >= 0 && k < text.count ? text[k] : nil }

  /// The value of an ASCII or full-width digit.
  func arabicDigit(_ k: Int) -> UInt8? {
    guard let c = at(k) else { return nil }
    if c.value >= 0x30 && c.value <= 0x39 { return UInt8(c.value - 0x30) }
    if c.value >= 0xFF10 && c.value <= 0xFF19 { return UInt8(c.value - 0xFF10) }
    return nil
  }

  func isLetter(_ k: Int) -> Bool {
    guard let c = at(k) else { return false }
    return c.traits.contains(.latinLetter) || (c.value >= 0xFF21 && c.value <= 0xFF5A)
  }

  func matches(_ word: String, at k: Int) -> Bool {
    var j = k
    for c in word.unicodeScalars {
      guard at(j) == c else { return false }
      j += 1
    }
    return true
  }

  /// A Chinese numeral character at `k` (陆 only beside financial numerals: 大陆, 登陆).
  func isChineseNumeral(_ k: Int) -> Bool {
    guard let c = at(k), ChineseNumeral.isNumeral(c) else { return false }
    if c == "陆" || c == "陸" {
      return [k - 1, k + 1].contains { at($0).map(isFinancial) ?? false }
    }
    return true
  }

  func isFinancial(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟": return true
    default: return false
    }
  }

  /// After a clause boundary: the start of the text or `。；：！？` before (spaces skipped).
  func atClauseStart(_ k: Int) -> Bool {
    var j = k - 1
    while let c = at(j), c.isSpaceLike { j -= 1 }
    guard let c = at(j) else { return true }
    switch c {
    case "。", "；", "：", "！", "？", "\n", ";", ":", "!", "?": return true
    case "”": return atClauseStart(j)
    default: return false
    }
  }

  // MARK: Numbers

  /// A number's core: its span, value and what it is written with.
  struct Core {
    var start: Int
    var end: Int
    var value: ExactDecimal?
    var low: ExactDecimal?
    var high: ExactDecimal?
    var chinese = false
    var needsUnit = false
    var bareMagnitude = false
    var yearLike = false
    var integer = true
    var percent = false
    var magnitude = false
    var qualifier: NumericExpression.Qualifier?
  }

  /// Arabic digits (ASCII or full-width) with separators, a decimal part and
  /// letter-spacing, or a run of Chinese numerals.
  func core(at start: Int) -> Core? {
    if arabicDigit(start) != nil { return arabic(at: start) }
    if isChineseNumeral(start) { return chinese(at: start) }
    return nil
  }

  func arabic(at start: Int) -> Core? {
    var integer: [UInt8] = []
    var k = start
    while let d = arabicDigit(k) {
      integer.append(d)
      k += 1
    }
    // Letter-spaced single digits: 2 0 2 3.
    if integer.count == 1 {
      var probe = k
      var spaced = integer
      while at(probe) == " ", let d = arabicDigit(probe + 1), arabicDigit(probe + 2) == nil {
        spaced.append(d)
        probe += 2
      }
      if spaced.count >= 3 {
        integer = spaced
        k = probe
      }
    }
    // PDF-split digits inside Chinese text: 增长3 2%, 达1 3 9 4亿. Groups of digits apart by
    // one space join when Chinese stands right before the first and right after the last
    // (a `%`, a unit, Han or Chinese punctuation): a space-separated column stays apart.
    if at(k) == " ", arabicDigit(k + 1) != nil, at(start - 1)?.isCJK == true {
      var probe = k
      var joined = integer
      while at(probe) == " ", arabicDigit(probe + 1) != nil {
        probe += 1
        while let d = arabicDigit(probe) {
          joined.append(d)
          probe += 1
        }
      }
      if let after = at(probe), after.isCJK || after == "%" || after == "％" || after == "." && arabicDigit(probe + 1) != nil {
        integer = joined
        k = probe
      }
    }
    // Thousands separators: 1,000 and １，２５０.
    while let c = at(k), c == "," || c == "，", integer.count <= 3 || integer.count % 4 != 0,
      (0..<3).allSatisfy({ arabicDigit(k + 1 + $0) != nil }), arabicDigit(k + 4) == nil
    {
      for offset in 1...3 { integer.append(arabicDigit(k + offset) ?? 0) }
      k += 4
    }
    var fraction: [UInt8] = []
    if let c = at(k), c == "." || c == "．", arabicDigit(k + 1) != nil {
      k += 1
      while let d = arabicDigit(k) {
        fraction.append(d)
        k += 1
      }
    }
    var core = Core(start: start, end: k, value: ExactDecimal(integer: integer, fraction: fraction))
    core.integer = fraction.isEmpty
    core.yearLike = fraction.isEmpty && integer.count == 4
    return core
  }

  func chinese(at start: Int) -> Core? {
    var k = start
    var run: [Unicode.Scalar] = []
    while let c = at(k) {
      if isChineseNumeral(k) {
        run.append(c)
      } else if c == "点", !run.isEmpty, ChineseNumeral.digit(run.last ?? " ") != nil || run.last == "十",
        let next = at(k + 1), ChineseNumeral.digit(next) != nil
      {
        run.append(c)
      } else {
        break
      }
      k += 1
    }
    guard !run.isEmpty else { return nil }
    var core = Core(start: start, end: k, value: nil)
    core.chinese = true
    let units = run.filter { ChineseNumeral.unitPower($0) != nil || ChineseNumeral.magnitudePower($0) != nil }
    let digits = run.filter { ChineseNumeral.digit($0) != nil }
    core.magnitude = run.contains { ChineseNumeral.magnitudePower($0) != nil }
    core.integer = !run.contains("点")
    if digits.isEmpty && run != ["十"] && !run.contains(where: { ChineseNumeral.tens($0) != nil }) {
      core.bareMagnitude = true  // 百, 千, 万: a number only with 余/多 or a hedge
    }
    if run.count == 1 && !core.bareMagnitude { core.needsUnit = true }
    if let range = adjacentRange(run) {
      core.low = range.0
      core.high = range.1
      core.qualifier = .vague
      // 三四个, 七八十: a bare pair of digits is a range only before a unit or magnitude
      // (乱七八糟, 八九不离十 are words).
      core.needsUnit = run.count == 2
      return core
    }
    guard let value = ChineseNumeral.value(run) else { return nil }
    core.value = value
    core.yearLike = units.isEmpty && run.count == 4 && !run.contains("点")
    return core
  }

  /// `三四` [3,4], `七八十` [70,80], `两三百` [200,300], `两三千万` [2e7,3e7], `十七八` [17,18],
  /// `一两` [1,2].
  func adjacentRange(_ run: [Unicode.Scalar]) -> (ExactDecimal, ExactDecimal)? {
    guard run.count >= 2, !run.contains("〇"), !run.contains("零"), !run.contains("点") else { return nil }
    for k in 0..<(run.count - 1) {
      guard let a = ChineseNumeral.digit(run[k]), let b = ChineseNumeral.digit(run[k + 1]),
        a != 0, b != 0, b == a + 1 || (a == 1 && b == 2) || (a == 3 && b == 5)
      else { continue }
      let onlyPowersAfter = run[(k + 2)...].allSatisfy {
        ChineseNumeral.unitPower($0) != nil || ChineseNumeral.magnitudePower($0) != nil
      }
      if run.count <= 3 || k > 0 || onlyPowersAfter {  // 两三千万, 三四十万 too
        var lowRun = run
        lowRun.remove(at: k + 1)
        var highRun = run
        highRun.remove(at: k)
        guard let low = ChineseNumeral.value(lowRun), let high = ChineseNumeral.value(highRun) else { return nil }
        // 二〇二三-like years have no unit and more digits; a range has exactly two digits.
        if run.filter({ ChineseNumeral.digit($0) != nil }).count != 2 { return nil }
        return (low, high)
      }
    }
    return nil
  }

  /// Magnitudes, `多/余` and `几` after a core; `%`, `成` and `个百分点` are read later.
  func extend(_ core: inout Core) {
    var k = core.end
    var probe = k
    if at(probe) == " " { probe += 1 }
    var over = false
    if let c = at(probe), c == "余" || c == "多", at(skipSpace(probe + 1)).flatMap(ChineseNumeral.magnitudePower) != nil {
      over = true
      probe = skipSpace(probe + 1)
    }
    var shift = 0
    // After Arabic digits, 百/千 multiply with any 万/亿 after them (8千, 3千万, 2.7千亿; 十
    // only before 万/亿), unless they begin a unit (3千米, 5千克, 2千瓦).
    if !core.chinese, let c = at(probe), let power = ChineseNumeral.unitPower(c),
      NumberLexicon.unit(in: text, at: probe)?.scalars.first != c,
      power > 1 || at(probe + 1).flatMap(ChineseNumeral.magnitudePower) != nil
    {
      shift = power
      probe += 1
    }
    while let c = at(probe), let power = ChineseNumeral.magnitudePower(c), !core.chinese || over {
      shift += power
      probe += 1
    }
    if shift > 0 {
      core.value = core.value?.shifted(by: shift)
      core.low = core.low?.shifted(by: shift)
      core.high = core.high?.shifted(by: shift)
      core.magnitude = true
      core.bareMagnitude = false
      core.needsUnit = false
      core.yearLike = false
      if over { core.qualifier = core.qualifier ?? .over }
      k = probe
    }
    // 多, 余, 来 right after the number (a space allowed), before a unit or magnitude.
    probe = k
    if at(probe) == " " { probe += 1 }
    if let c = at(probe), c == "多" || c == "余" || c == "来",
      NumberLexicon.unit(in: text, at: skipSpace(probe + 1)) != nil
        || at(skipSpace(probe + 1)).flatMap(ChineseNumeral.magnitudePower) != nil
        || (c != "来" && core.bareMagnitude)
    {
      k = probe + 1
      if at(skipSpace(k)).flatMap(ChineseNumeral.magnitudePower) != nil { k = skipSpace(k) }
      core.qualifier = core.qualifier ?? .over
      core.bareMagnitude = false
      core.needsUnit = false
      core.yearLike = false
      // 两千多万: a magnitude after the 多.
      var shift = 0
      while let m = at(k), let power = ChineseNumeral.magnitudePower(m) {
        shift += power
        k += 1
      }
      if shift > 0 { core.value = core.value?.shifted(by: shift) }
    } else if core.chinese, at(k) == "几", let last = at(k - 1), ChineseNumeral.unitPower(last) != nil {
      k += 1  // 十几, 二十几
      core.qualifier = core.qualifier ?? .over
      core.needsUnit = false
      // 十几万: a magnitude after the 几.
      var shift = 0
      while let m = at(k), let power = ChineseNumeral.magnitudePower(m) {
        shift += power
        k += 1
      }
      if shift > 0 {
        core.value = core.value?.shifted(by: shift)
        core.magnitude = true
      }
    }
    core.end = k
  }

  /// Reads `%`, `％` or `成` after a core.
  func readPercent(_ core: inout Core) {
    let mark = !core.chinese && at(core.end) == " " ? core.end + 1 : core.end  // 6.5 %
    if let c = at(mark), c == "%" || c == "％" {
      core.percent = true
      core.end = mark + 1
      core.needsUnit = false
    } else if core.chinese, at(core.end) == "成",
      core.end - core.start == 1 || (core.end - core.start == 2 && core.low != nil),  // 三成, 七八成
      !"为立功果本员就熟长交绩效年片批群套".unicodeScalars.contains(at(core.end + 1) ?? " ")
    {
      core.percent = true
      core.value = core.value?.shifted(by: 1)
      core.low = core.low?.shifted(by: 1)
      core.high = core.high?.shifted(by: 1)
      core.end += 1
      core.needsUnit = false
    }
  }

  // MARK: Expressions

  func parse(at i: Int) -> ([NumericExpression], Int)? {
    if let marker = marker(at: i) { return marker }
    if let skip = identifier(at: i) { return ([], skip) }
    let c = text[i]
    switch c {
    case "第": return ordinal(at: i)
    case "前": return rank(at: i)
    case "负": return signed(at: i, skip: 1)
    case "百" where matches("百分之", at: i): return percentWords(at: i, prefix: 3, denominator: nil)
    case "千" where matches("千分之", at: i): return percentWords(at: i, prefix: 3, denominator: 1000)
    case "万" where matches("万分之", at: i): return percentWords(at: i, prefix: 3, denominator: 10000)
    case "零" where at(i + 1) == "下": return signed(at: i, skip: 2)
    default: break
    }
    if (c == "-" || c == "−") && arabicDigit(i + 1) != nil {
      // A minus sign, not a hyphen or range dash: nothing number-like right before it.
      if let before = at(i - 1), before.isASCIIAlphanumeric || before == "%" || arabicDigit(i - 1) != nil {
        return nil
      }
      return signed(at: i, skip: 1)
    }
    if c == "数" || c == "几" { return vague(at: i) }
    guard var first = core(at: i) else { return nil }
    return expression(from: &first, spanStart: i)
  }

  func signed(at i: Int, skip: Int) -> ([NumericExpression], Int)? {
    if matches("百分之", at: i + skip), let (found, next) = percentWords(at: i + skip, prefix: 3, denominator: nil),
      var expression = found.first
    {
      expression.start = i
      expression.value = expression.value.map { "-" + $0 }
      return ([expression], next)
    }
    guard var first = core(at: i + skip) else { return nil }
    extend(&first)
    first.value = first.value?.negated
    first.needsUnit = false
    first.yearLike = false
    return expression(from: &first, spanStart: i, extended: true)
  }

  func vague(at i: Int) -> ([NumericExpression], Int)? {
    // 数以万计, 数以百万计: a vague amount of that order.
    if text[i] == "数", at(i + 1) == "以" {
      var k = i + 2
      while let c = at(k), ChineseNumeral.unitPower(c) != nil || ChineseNumeral.magnitudePower(c) != nil { k += 1 }
      if k > i + 2, at(k) == "计" {
        return ([NumericExpression(start: i, end: k + 1, kind: .number, value: nil, approximate: true, qualifier: .vague)], k + 1)
      }
    }
    var k = i + 1
    while let c = at(k), ChineseNumeral.unitPower(c) != nil || ChineseNumeral.magnitudePower(c) != nil { k += 1 }
    let hasUnitAfter = NumberLexicon.unit(in: text, at: k) != nil
    guard k > i + 1 || (text[i] == "几" && hasUnitAfter) else { return nil }
    if k == i + 1 && NumberLexicon.isLexicalised(text, i..<(i + 1)) { return nil }
    var core = Core(start: i, end: k, value: nil)
    core.qualifier = .vague
    core.chinese = true
    return expression(from: &core, spanStart: i, extended: true)
  }

  func ordinal(at i: Int) -> ([NumericExpression], Int)? {
    guard let number = core(at: i + 1), number.low == nil else { return nil }
    if number.chinese && NumberLexicon.isLexicalised(text, i..<number.end) { return nil }
    var expression = NumericExpression(
      start: i, end: number.end, kind: .ordinal, value: number.value?.description)
    var next = number.end
    if let unit = NumberLexicon.unit(in: text, at: next) {
      expression.unit = unit.text
      next += unit.scalars.count
    }
    return ([expression], next)
  }

  /// Words before `前` that make `前三` a rank (`跑进前三`, `排名前十`, `位列前5`), not the end
  /// of a word (`目前三家`, `此前两年`).
  static let rankLeads = Set("进入列居名身为是在获得占据的了挤闯杀跑位于排".unicodeScalars)
  /// Units a rank takes (`前三名`, `前100强`); any other unit makes it a count (`前三季度`).
  static let rankUnits: Set<String> = ["名", "位", "强", "大"]

  /// `前三`, `前100强`: a rank, reported as an ordinal with `前` in its span.
  func rank(at i: Int) -> ([NumericExpression], Int)? {
    if let before = at(i - 1), before.isHan, !Self.rankLeads.contains(before) { return nil }
    guard let number = core(at: i + 1), number.low == nil, number.integer, let value = number.value,
      at(number.end).flatMap(ChineseNumeral.magnitudePower) == nil
    else { return nil }
    if number.chinese && NumberLexicon.isLexicalised(text, number.start..<number.end) { return nil }
    var next = number.end
    var expression = NumericExpression(start: i, end: number.end, kind: .ordinal, value: value.description)
    if at(next) == "强" {
      expression.unit = "强"
      next += 1
    } else if let unit = NumberLexicon.unit(in: text, at: next) {
      guard Self.rankUnits.contains(unit.text) else { return nil }
      expression.unit = unit.text
      next += unit.scalars.count
    }
    return ([expression], next)
  }

  func percentWords(at i: Int, prefix: Int, denominator: Int?) -> ([NumericExpression], Int)? {
    guard var number = core(at: i + prefix), number.low == nil, let value = number.value else { return nil }
    extend(&number)
    if denominator == nil, let range = percentRange(from: i, low: number.value ?? value, after: number.end) {
      return range
    }
    let text = denominator.map { "\(number.value ?? value)/\($0)" } ?? "\(number.value ?? value)%"
    var expression = NumericExpression(
      start: i, end: number.end, kind: denominator == nil ? .percent : .fraction, value: text)
    applyQualifier(&expression, core: number, after: number.end)
    return ([expression], max(number.end, expression.end))
  }

  /// `百分之五到百分之八`, `百分之五至八`: a range of percentages written in words.
  func percentRange(from start: Int, low: ExactDecimal, after end: Int) -> ([NumericExpression], Int)? {
    guard var k = afterConnector(end) else { return nil }
    if matches("百分之", at: k) { k += 3 }
    guard var high = core(at: k), high.low == nil, high.value != nil else { return nil }
    extend(&high)
    guard let top = high.value, !(top < low) else { return nil }
    var expression = NumericExpression(
      start: start, end: high.end, kind: .range, value: "[\(low)%,\(top)%]", minimum: "\(low)%", maximum: "\(top)%")
    applyQualifier(&expression, core: high, after: high.end)
    return ([expression], max(high.end, expression.end))
  }

  /// Builds the record(s) for a core: suffixes, fraction, range, unit, type and hedges.
  func expression(from first: inout Core, spanStart: Int, extended: Bool = false) -> ([NumericExpression], Int)? {
    if !extended { extend(&first) }
    readPercent(&first)
    // Chinese fractions: 三分之一.
    if first.chinese, matches("分之", at: first.end), let denominator = first.value,
      var numerator = core(at: first.end + 2), let top = numerator.value
    {
      extend(&numerator)
      var expression = NumericExpression(
        start: spanStart, end: numerator.end, kind: .fraction, value: "\(top)/\(denominator)")
      applyQualifier(&expression, core: numerator, after: numerator.end)
      return ([expression], max(numerator.end, expression.end))
    }
    if first.chinese {
      if let word = NumberLexicon.lexicalisedWord(text, around: first.start..<first.end), !unitOverrides(first, word) {
        return ([], first.end)
      }
      if let idiom = NumberLexicon.idiom(text, around: first.start..<first.end) { return ([], idiom.upperBound) }
      if isQuotedName(first) { return ([], first.end) }
    }
    // a/b: a fraction when it stands alone, two numbers before a unit (72/144小时).
    if !first.chinese, at(first.end) == "/", arabicDigit(first.end + 1) != nil, !first.percent {
      if var second = arabic(at: first.end + 1) {
        extend(&second)
        if NumberLexicon.unit(in: text, at: second.end) == nil, let a = first.value, let b = second.value {
          return ([NumericExpression(start: spanStart, end: second.end, kind: .fraction, value: "\(a)/\(b)")], second.end)
        }
        // The first number takes the unit's meaning but not its text, which the second's span
        // holds (3/4个百分点: 3% in "3", 4% in "4个百分点").
        var (firstRecords, _) = finish(first, spanStart: spanStart, unitAt: second.end)
        for index in firstRecords.indices { firstRecords[index].end = min(firstRecords[index].end, first.end) }
        let (secondRecords, next) = finish(second, spanStart: second.start, unitAt: second.end)
        return (firstRecords + secondRecords, next)
      }
    }
    if let (range, next) = range(after: first, spanStart: spanStart) { return ([range], next) }
    return finish(first, spanStart: spanStart, unitAt: nil)
  }

  /// A range: a connector right after the first number and a second number after it.
  func range(after first: Core, spanStart: Int) -> (NumericExpression, Int)? {
    guard let k = afterConnector(first.end) else { return nil }
    if at(first.end) == "-" {  // a hyphen joins only Arabic numbers: 3-5, 3%-5%
      guard !first.chinese, arabicDigit(first.end - 1) != nil || at(first.end - 1) == "%" else { return nil }
    }
    guard var second = core(at: k), second.chinese == first.chinese || !second.chinese else { return nil }
    extend(&second)
    readPercent(&second)
    var low = first.low ?? first.value
    let high = second.high ?? second.value
    if !first.magnitude && second.magnitude, let f = first.value {
      // 3至5万: the magnitude written on the right applies to both ends.
      low = f.shifted(by: magnitudeShift(of: second))
    }
    guard let lo = low, let hi = high, !(hi < lo) else { return nil }
    let unit = NumberLexicon.unit(in: text, at: skipSpace(second.end))
    let points = unit?.text == "个百分点"
    let mark = first.percent || second.percent || points ? "%" : ""
    var expression = NumericExpression(
      start: spanStart, end: second.end, kind: .range, value: "[\(lo)\(mark),\(hi)\(mark)]",
      minimum: "\(lo)\(mark)", maximum: "\(hi)\(mark)")
    var next = second.end
    if let unit {
      expression.unit = unit.text
      next = skipSpace(next) + unit.scalars.count
      if points { expression.end = next }  // 个百分点 is the percent sign of the span
    }
    applyQualifier(&expression, core: first.qualifier != nil ? first : second, after: next)
    return (expression, max(next, expression.end))
  }

  /// The offset after a range connector at `k` (`至 到 ~ ～ – — —— -`), if one is there.
  func afterConnector(_ k: Int) -> Int? {
    switch at(k) {
    case "~", "～", "至", "到", "–", "-": return k + 1
    case "—": return k + (at(k + 1) == "—" ? 2 : 1)
    default: return nil
    }
  }

  /// The power of ten a core's magnitudes add (for 3至5万).
  func magnitudeShift(of core: Core) -> Int {
    var shift = 0
    for k in core.start..<core.end {
      if let c = at(k), let power = ChineseNumeral.magnitudePower(c) { shift += power }
    }
    return shift
  }

  /// The unit, type and hedges of a single number.
  func finish(_ core: Core, spanStart: Int, unitAt: Int?) -> ([NumericExpression], Int) {
    var core = core
    var next = core.end
    let unit = NumberLexicon.unit(in: text, at: unitAt ?? skipSpace(core.end))
    if let unit { next = (unitAt ?? skipSpace(core.end)) + unit.scalars.count }
    if core.bareMagnitude, let lead = at(spanStart - 1), lead == "上" || lead == "每" {
      // 上千人 (upwards of a thousand), 每千人 (per thousand): a bare magnitude is a number.
      if lead == "上" { core.qualifier = .over }
      core.bareMagnitude = false
    }
    if (core.needsUnit && unit == nil) || (core.bareMagnitude && prefixHedge(before: spanStart) == nil) {
      return ([], core.end)
    }
    if unit?.text == "点", core.chinese, core.value?.smallInteger == 1, !Self.clockLeads.contains(at(spanStart - 1) ?? " ") {
      return ([], next)  // 一点问题: "a little"; 下午一点 is a time
    }
    var kind: NumericExpression.Kind = core.percent ? .percent : .number
    var value: String?
    if let low = core.low, let high = core.high {
      kind = .range
      let mark = core.percent ? "%" : ""
      value = "[\(low)\(mark),\(high)\(mark)]"
    } else {
      value = core.value.map { core.percent ? $0.description + "%" : $0.description }
    }
    var end = core.end
    if unit?.text == "个百分点" {
      kind = .percent
      value = value.map { $0 + "%" }
      end = next  // 个百分点 is the percent sign of the span
    } else if kind == .number, let unit, unit.isCurrency {
      kind = .currency
    } else if kind == .number, unit?.text == "季度", let n = core.value?.smallInteger, (1...4).contains(n),
      !Self.countLeads.contains(at(spanStart - 1) ?? " ")
    {
      kind = .date  // 一季度: the first quarter, a period (前三季度, 连续两个季度 count)
    } else if kind == .number, let single = unit?.single, let v = core.value, core.integer {
      let n = v.smallInteger ?? -1
      switch single {
      case "年" where core.yearLike && (1000...2999).contains(n): kind = .date
      case "月" where (1...12).contains(n): kind = .date
      case "日" where (1...31).contains(n), "号" where (1...31).contains(n): kind = .date
      default: break
      }
    }
    let unitText = unit?.text
    var expression = NumericExpression(start: spanStart, end: end, kind: kind, value: value, unit: unitText)
    if kind == .range {
      let mark = core.percent ? "%" : ""
      expression.minimum = core.low.map { "\($0)\(mark)" }
      expression.maximum = core.high.map { "\($0)\(mark)" }
    }
    applyQualifier(&expression, core: core, after: next)
    return ([expression], max(next, expression.end))
  }

  /// Characters before `一点` that make it a time (`下午一点`, `凌晨一点`).
  static let clockLeads = Set("午晨晚夜早".unicodeScalars)

  /// Words before `N季度` that make it a count of quarters, not the quarter N.
  static let countLeads = Set("前近续后每头末这两几".unicodeScalars)

  /// Sets approximation from the core (infixes, vague) and from hedges around the span.
  func applyQualifier(_ expression: inout NumericExpression, core: Core, after end: Int) {
    var qualifier = core.qualifier
    if qualifier == nil, let (_, q) = prefixHedge(before: expression.start) { qualifier = q }
    if qualifier == nil {
      let k = skipSpace(end)
      for (word, q) in NumberLexicon.suffixHedges where matchesScalars(word, at: k) {
        qualifier = q
        break
      }
    }
    if let qualifier {
      expression.approximate = true
      expression.qualifier = qualifier
    }
  }

  func prefixHedge(before start: Int) -> ([Unicode.Scalar], NumericExpression.Qualifier)? {
    var k = start
    if at(k - 1) == " " { k -= 1 }
    for (word, q) in NumberLexicon.prefixHedges where k - word.count >= 0 && matchesScalars(word, at: k - word.count) {
      return (word, q)
    }
    return nil
  }

  func matchesScalars(_ word: [Unicode.Scalar], at k: Int) -> Bool {
    k >= 0 && k + word.count <= text.count && text[k..<(k + word.count)].elementsEqual(word)
  }

  func skipSpace(_ k: Int) -> Int { at(k) == " " ? k + 1 : k }

  /// Whether the numeral is a number after all, though it overlaps a lexicalised word (but
  /// not 一方面, 单一市场).
  func unitOverrides(_ core: Core, _ word: Range<Int>) -> Bool {
    let insideRun = word.lowerBound >= core.start && word.upperBound <= core.end
    // 五千万: a numeral word inside a longer numeral is just part of the number.
    if insideRun && word.count < core.end - core.start { return true }
    guard let unit = NumberLexicon.unit(in: text, at: core.end)?.scalars else { return false }
    // 千万元: the whole run is the word and a unit follows; 十分钟: the unit reaches past it.
    // (A unit after the word does not: 上一年度.)
    return insideRun || (unit.count >= 2 && core.end < word.upperBound && core.end + unit.count > word.upperBound)
  }

  /// `“六零”创建`: a numeral that is the whole of a quotation names something.
  func isQuotedName(_ core: Core) -> Bool {
    at(core.start - 1) == "“" && at(core.end) == "”"
  }

  /// Enumeration and heading markers at a clause start: 一是, （六）, 一、, 1., ①.
  func marker(at i: Int) -> ([NumericExpression], Int)? {
    guard atClauseStart(i) else { return nil }
    var k = i
    while isChineseNumeral(k) && k - i < 3 { k += 1 }
    if k > i, at(k) == "是", let value = ChineseNumeral.value(text[i..<k]) {
      return (markerRecord(i, k + 1, value.description), k + 1)
    }
    guard let marker = HeadingMarker.match(text[i...]), marker.kind != .chapter else { return nil }
    var end = i + marker.length
    while end > i, at(end - 1)?.isSpaceLike == true { end -= 1 }
    let digits = text[i..<end].compactMap { c -> Unicode.Scalar? in
      ChineseNumeral.isNumeral(c) || c.isASCIIDigit ? c : nil
    }
    let value = digits.first?.isASCIIDigit == true
      ? Int(String(String.UnicodeScalarView(digits))).map(String.init)
      : ChineseNumeral.value(digits)?.description
    return (markerRecord(i, end, value ?? circledValue(text[i])), end)
  }

  func circledValue(_ c: Unicode.Scalar) -> String? {
    if (0x2460...0x2473).contains(c.value) { return String(c.value - 0x2460 + 1) }
    if (0x3220...0x3229).contains(c.value) { return String(c.value - 0x3220 + 1) }
    return nil
  }

  func markerRecord(_ start: Int, _ end: Int, _ value: String?) -> [NumericExpression] {
    withMarkers ? [NumericExpression(start: start, end: end, kind: .marker, value: value)] : []
  }

  /// Digits glued to Latin letters (5G, G20, PM2.5, COVID-19, B12) and standard numbers after
  /// a code (GB/T 15834-2011): the end of the identifier to skip.
  func identifier(at i: Int) -> Int? {
    guard arabicDigit(i) != nil else { return nil }
    let glued = isLetter(i - 1) || (at(i - 1) == "-" && isLetter(i - 2)) || (at(i - 1) == "." && isLetter(i - 2))
    let coded = at(i - 1) == " " && (isLetter(i - 2) || at(i - 2) == "/") && (at(i - 2)?.properties.isUppercase ?? false)
    var k = i
    while arabicDigit(k) != nil || ((at(k) == "." || at(k) == "-") && arabicDigit(k + 1) != nil) { k += 1 }
    if glued || coded || isLetter(k) {
      while isLetter(k) || arabicDigit(k) != nil || ((at(k) == "-" || at(k) == ".") && (isLetter(k + 1) || arabicDigit(k + 1) != nil)) {
        k += 1
      }
      return k
    }
    return nil
  }
}
