/// The words extract-numbers knows: units and classifiers that follow a number, currency
/// units, hedges that qualify it, and lexicalised words whose numeral characters are not
/// quantities (`一带一路`, `进一步`, `千万` "must", `十分` "very", `四川`…).
enum NumberLexicon {
  /// A unit or classifier as matched (scalars) and as reported (text).
  struct Unit: Sendable {
    let scalars: [Unicode.Scalar]
    let text: String
    /// Makes a number a `currency`.
    let isCurrency: Bool
    /// The unit's only character, for one-character units (`年`, `月`, `日`).
    var single: Unicode.Scalar? { scalars.count == 1 ? scalars[0] : nil }
  }

  /// Units and classifiers, matched longest first right after a number.
  static let units: [Unit] = sortedLongestFirst([
    "个百分点", "个月", "个", "名", "人次", "人", "位", "次", "项", "家", "所", "批", "种", "类", "座",
    "条", "架", "艘", "列", "趟", "期", "届", "倍", "件", "台", "部", "辆", "份", "篇", "本", "张",
    "只", "头", "匹", "株", "棵", "片", "块", "颗", "粒", "支", "根", "把", "套", "组", "队", "户",
    "口", "对", "双", "层", "级", "间", "栋", "幢", "段", "节", "章", "款", "则", "点", "处", "场",
    "轮", "届", "代", "岁", "周岁", "年级", "周年", "年代", "年", "月份", "月", "日", "号", "天", "周",
    "小时", "分钟", "秒", "世纪", "季度", "年度", "学期", "公里", "千米", "米", "厘米", "毫米", "英里",
    "平方公里", "平方米", "公顷", "亩", "吨", "千克", "公斤", "克", "斤", "升", "毫升", "立方米",
    "千瓦时", "千瓦", "兆瓦", "吉瓦", "瓦", "度", "摄氏度", "伏", "赫兹", "字节", "兆", "美元", "欧元",
    "日元", "英镑", "港元", "澳元", "卢布", "元", "人民币", "块钱", "角", "标准箱", "箱", "包", "剂",
    "例", "床", "里", "国", "省", "市", "县", "镇", "村", "集", "版", "页", "字", "票", "席", "席位",
    "标段", "国家", "地区", "城市", "口岸", "大类", "中类", "小类", "门类", "大", "方面",
    "遍", "番", "顿", "回",  // verbal classifiers: how many times
  ]).map { Unit(scalars: $0, text: String(String.UnicodeScalarView($0)), isCurrency: currencies.contains($0)) }

  /// Units that make a number a `currency`.
  private static let currencies: [[Unicode.Scalar]] =
    ["美元", "欧元", "日元", "英镑", "港元", "澳元", "卢布", "元", "人民币", "块钱", "角"].map(scalars)

  /// Hedges written before a number, with the qualifier each gives.
  static let prefixHedges: [([Unicode.Scalar], NumericExpression.Qualifier)] = ([
    ("将近", .under), ("接近", .under), ("不到", .under), ("不足", .under), ("近", .under),
    ("超过", .over), ("突破", .over), ("逾", .over), ("超", .over), ("不下", .over), ("不少于", .over),
    ("大约", .about), ("约", .about), ("大概", .about),
  ] as [(String, NumericExpression.Qualifier)]).map { (scalars($0.0), $0.1) }

  /// Hedges written after a number (and its unit).
  static let suffixHedges: [([Unicode.Scalar], NumericExpression.Qualifier)] = ([
    ("以上", .over), ("之多", .over), ("有余", .over), ("以下", .under), ("以内", .under),
    ("之内", .under), ("左右", .about), ("上下", .about), ("前后", .about),
  ] as [(String, NumericExpression.Qualifier)]).map { (scalars($0.0), $0.1) }

  /// Words in which numeral characters do not state a quantity.
  static let lexicalised: [[Unicode.Scalar]] = [
    "一带一路", "一些", "统一", "一起", "一律", "万一", "进一步", "一体化", "一体", "第一时间", "千万",
    "十分", "四川", "九江", "三亚", "四面八方", "五湖四海", "一方面", "另一方面", "一致", "一样",
    "一般", "一定", "一直", "一切", "一旦", "一度", "一同", "一并", "唯一", "之一", "一道", "一线",
    "一流", "一贯", "一系列", "一揽子", "一举", "一味", "一时", "一再", "一向", "一边", "一下",
    "一点点", "一如既往", "同一", "单一", "专一", "一心一意", "万众一心", "一个个", "一批批",
    "一次次", "一步步", "一年年", "一天天", "千方百计", "百花齐放", "千百年", "千千万万", "万物",
    "百姓", "百年未有", "万里", "千年", "千家万户", "十全十美", "七上八下", "三番五次", "九州",
    "一成不变", "不二", "三三两两", "两岸", "两会", "两难", "两手", "两极", "十之八九", "一五一十",
    "一模一样", "一路", "一齐", "一目了然", "一言一行", "一针一线", "一草一木", "两国人民",
    "五四", "二维码", "三农", "一窝蜂", "一刀切", "一把手", "一手", "一身", "一生", "一家亲",
    "一家一户", "一户一码", "一码两平台", "一岗双责", "一班人", "一池春水", "一张闪亮名片",
    "一大批", "一带", "第三方", "第一方", "这一", "那一", "其一", "上一", "下一", "每一",
    "一点儿", "一年四季", "三年五载", "三天两头", "一年半载", "接二连三", "八九不离十", "一干二净", "一圈", "两廊一圈", "六廊六路多国多港", "四位一体", "一二三",
    // Three-character idioms (tagged i or l in jieba's dictionary) that never count anything.
    "一口气", "一眨眼", "一溜烟", "一股脑", "一言堂", "一条龙", "一边倒", "一把抓", "一团糟",
    "一锅粥", "一抹黑", "一鼻孔", "一而再", "一股劲", "丑八怪", "下三滥", "三只手", "一传十",
  ].map(scalars)

  private static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

  private static func sortedLongestFirst(_ words: [String]) -> [[Unicode.Scalar]] {
    Array(Set(words)).map(scalars).sorted { $0.count > $1.count || ($0.count == $1.count && $0.lexicographicallyPrecedes($1) { $0.value < $1.value }) }
  }

  /// Units by their first character, longest first.
  private static let unitsByFirst = CharacterIndex(units.map { unit in (unit.scalars[0], unit) })

  /// The longest unit starting at `index`, if any.
  static func unit(in text: [Unicode.Scalar], at index: Int) -> Unit? {
    guard index < text.count else { return nil }
    for unit in unitsByFirst[text[index]] where index + unit.scalars.count <= text.count {
      if text[index..<(index + unit.scalars.count)].elementsEqual(unit.scalars) { return unit }
    }
    return nil
  }

  /// For each character of a lexicalised word: the words containing it and where.
  private static let wordsByCharacter = CharacterIndex(
    lexicalised.flatMap { word in word.enumerated().map { (offset, c) in (c, (word: word, offset: offset)) } })

  /// The occurrence of a lexicalised word that overlaps `range` of `text`, if any.
  static func lexicalisedWord(_ text: [Unicode.Scalar], around range: Range<Int>) -> Range<Int>? {
    for k in range {
      for (word, offset) in wordsByCharacter[text[k]] {
        let start = k - offset
        guard start >= 0, start + word.count <= text.count else { continue }
        if text[start..<(start + word.count)].elementsEqual(word) { return start..<(start + word.count) }
      }
    }
    return nil
  }

  /// Four characters packed into one key (BMP only; nil otherwise).
  private static func idiomKey<C: Collection>(_ chars: C) -> UInt64? where C.Element == Unicode.Scalar {
    var key: UInt64 = 0
    for c in chars {
      guard c.value < 0x10000 else { return nil }
      key = key << 16 | UInt64(c.value)
    }
    return key
  }

  /// The numeral idioms (`三心二意`), as packed keys.
  private static let idioms: Set<UInt64> = {
    let scalars = NumeralIdiomTable.lines.unicodeScalars.filter { $0.isHan }
    var keys = Set<UInt64>(minimumCapacity: scalars.count / 4)
    var k = scalars.startIndex
    while k < scalars.endIndex {
      let end = scalars.index(k, offsetBy: 4)
      if let key = idiomKey(scalars[k..<end]) { keys.insert(key) }
      k = end
    }
    return keys
  }()

  /// The occurrence of a numeral idiom that overlaps `range` of `text`, if any.
  static func idiom(_ text: [Unicode.Scalar], around range: Range<Int>) -> Range<Int>? {
    let first = max(0, range.lowerBound - 3)
    let last = min(range.upperBound - 1, text.count - 4)
    guard first <= last else { return nil }
    for start in first...last {
      if let key = idiomKey(text[start..<(start + 4)]), idioms.contains(key) { return start..<(start + 4) }
    }
    return nil
  }

  /// True when the characters `range` of `text` lie inside an occurrence of a lexicalised
  /// word.
  static func isLexicalised(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    lexicalisedWord(text, around: range) != nil
  }
}
