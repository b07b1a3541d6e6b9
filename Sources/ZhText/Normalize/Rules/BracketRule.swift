/// Rule `bracket`: an ASCII `(…)` pair in Chinese text becomes `（…）` — when it encloses Han
/// text or touches Han or CJK punctuation (`(一) 根植历史`, `东盟(10+1)合作`). A pair in Latin
/// text, `(BRI)` in an English sentence, stays. Unmatched brackets are never touched. (The
/// space after a heading marker, `（一） 根植`, is then removed by rule `space`.)
public enum BracketRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    var edits: [Edit] = []
    var stack: [Int] = []
    var hanCount: [Int] = []  // Han characters seen since each open bracket
    var hanTotal = 0
    for i in text.indices {
      let c = text[i]
      if c.isHan { hanTotal += 1 }
      if c == "(" {
        stack.append(i)
        hanCount.append(hanTotal)
      } else if c == ")", let open = stack.popLast(), let before = hanCount.popLast() {
        let encloses = hanTotal > before
        let left = open > 0 && text[open - 1].isCJK
        let right = i + 1 < text.count && text[i + 1].isCJK
        if encloses || left || right {
          edits.add(Edit(open..<open + 1, ["\u{FF08}"]))
          edits.add(Edit(i..<i + 1, ["\u{FF09}"]))
        }
      }
    }
    return edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
