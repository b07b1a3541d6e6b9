/// What the first fifteen characters of a line say about how it begins, spaces skipped: a
/// stop that finishes the line before's clause or sentence, or a label and its colon.
///
/// Read only for the line being decided, and only where a decision asks: most lines are
/// decided without it.
struct LineOpening {
  /// Punctuation within the first four characters (`多。地缘…`, `治合力，…`): the line
  /// finishes a clause begun on the line before — unless it is a label's colon
  /// (`摘要：`, `注：`), which opens a block.
  let stopsEarly: Bool
  /// The line starts with a label and its colon: `摘要：`, `关键词：`, `注：`, `答：`,
  /// `资料来源：`.
  let opensWithLabel: Bool
  /// The line's first stop is a sentence end within 15 characters (`发展新机遇。随着…`,
  /// `“一带一路”提供了有力支撑。我国…`): it finishes a sentence begun on the line before,
  /// which was no heading. (A body paragraph after a heading usually pauses at a comma
  /// first.)
  let endsSentenceEarly: Bool

  /// The opening of `text`, UTF-8 with stand-ins kept (see `ParagraphText`).
  init(_ text: UnsafeBufferPointer<UInt8>) {
    var k = 0  // index among the characters that are not spaces
    var firstStop: (index: Int, endsSentence: Bool)?
    var colon: Int?
    var scalars = ValidUTF8.Scalars(text)
    while k < 15, let c = scalars.next() {
      if c.isSpaceLike { continue }
      let traits = c.traits
      if firstStop == nil && !traits.isDisjoint(with: .prosePunctuation) {
        firstStop = (k, traits.contains(.sentenceEnd))
      }
      if colon == nil && k < 6 && (c == "：" || c == ":") { colon = k }
      k += 1
    }
    var opensWithLabel = false
    if let colon, colon > 0 {
      opensWithLabel = Self.labels.contains(Array(ValidUTF8.Scalars(text).lazy.filter { !$0.isSpaceLike }.prefix(colon)))
    }
    self.opensWithLabel = opensWithLabel
    stopsEarly = (firstStop.map { $0.index < 4 } ?? false) && !opensWithLabel
    endsSentenceEarly = firstStop.map { $0.index <= 14 && $0.endsSentence } ?? false
  }

  private static let labels: Set<[Unicode.Scalar]> = Set(
    ["摘要", "关键词", "关键字", "注", "问", "答", "说明", "备注", "附件", "来源", "资料来源", "数据来源", "编者按", "按",
     "题记", "主题词", "抄送", "抄报", "作者", "联系人", "联系电话", "地址", "邮编", "责任编辑"]
      .map { [Unicode.Scalar]($0) })
}
