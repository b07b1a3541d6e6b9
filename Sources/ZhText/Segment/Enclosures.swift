/// The quotations, brackets and titles of a paragraph that stand inside a sentence.
///
/// A title (`《你好！丝路》`) is always part of the sentence around it. A quotation or bracket
/// is embedded when it opens mid-sentence — after anything but the start of the text, a
/// sentence end or a colon (`随后又说，“你看！”这句话很重要。`, `会议提出（详见附件！）多项措施。`):
/// a `！？。` inside it ends no sentence. A quotation after a colon is direct speech, a
/// sentence of its own (`他问：“什么时候完成？”`), and is not embedded; so is a quotation that
/// resumes after a speech tag (`“我不同意！”他说，“风险太大。”`). Only pairs that close
/// in the paragraph count; a stray opener or closer changes nothing.
struct Enclosures {
  /// For each offset, how many embedded pairs enclose it (opener < offset < closer); empty
  /// when the text has none.
  private var cover: [Int32] = []

  init(_ text: [Unicode.Scalar]) {
    guard text.contains(where: { Self.closer(of: $0) != nil }) else { return }
    var stack: [(offset: Int, closer: Unicode.Scalar, embedded: Bool)] = []
    var change = [Int32](repeating: 0, count: text.count + 1)
    var any = false
    for (offset, c) in text.enumerated() {
      if let closer = Self.closer(of: c) {
        let embedded = Self.isTitle(c) || Self.opensMidSentence(offset, text)
        stack.append((offset, closer, embedded))
      } else if let top = stack.last, top.closer == c {
        stack.removeLast()
        if top.embedded && offset > top.offset + 1 {
          change[top.offset + 1] += 1
          change[offset] -= 1
          any = true
        }
      }
    }
    guard any else { return }
    var depth: Int32 = 0
    cover = change.map { delta in
      depth += delta
      return depth
    }
  }

  /// `offset` lies inside an embedded pair.
  func encloses(_ offset: Int) -> Bool { !cover.isEmpty && cover[offset] > 0 }

  /// The closing mark of an opening one.
  static func closer(of c: Unicode.Scalar) -> Unicode.Scalar? {
    switch c {
    case "“": return "”"
    case "‘": return "’"
    case "（": return "）"
    case "(": return ")"
    case "《": return "》"
    case "〈": return "〉"
    case "「": return "」"
    case "『": return "』"
    case "【": return "】"
    case "〔": return "〕"
    default: return nil
    }
  }

  private static func isTitle(_ c: Unicode.Scalar) -> Bool { c == "《" || c == "〈" }

  /// The opener at `offset` follows text that has not ended its sentence or clause with a
  /// colon (spaces and other openers skipped; closers after a sentence end count as it).
  private static func opensMidSentence(_ offset: Int, _ text: [Unicode.Scalar]) -> Bool {
    var k = offset - 1
    while k >= 0 && (text[k].isSpaceLike || closer(of: text[k]) != nil) { k -= 1 }
    while k >= 0 && text[k].traits.contains(.closing) { k -= 1 }
    guard k >= 0 else { return false }
    switch text[k] {
    case "：", ":": return false
    case "，", ",": return !resumesAfterSpeechTag(comma: k, text)
    default: return !SentenceRules.isTerminator(text[k])
    }
  }

  /// The comma at `comma` ends a speech tag that follows a closed quotation: `”他说，`.
  private static func resumesAfterSpeechTag(comma: Int, _ text: [Unicode.Scalar]) -> Bool {
    let window = max(0, comma - 17)..<comma  // a speech tag is short: never search further back
    guard let close = text[window].lastIndex(where: SentenceRules.isClosingQuote) else { return false }
    return SentenceRules.isSpeechTag(text[(close + 1)..<comma])
  }
}
