/// Content that looks damaged but that normalize must not change (`--flag` reports it):
/// doubled function characters (`的的`) and paragraphs cut mid-sentence, the trace of
/// columns read in the wrong order.
public struct Suspicion: Equatable, Sendable {
  /// What kind of damage: `doubled-char` or `cut-sentence`.
  public let kind: String
  /// The input line.
  public let line: Int
  /// A short excerpt.
  public let excerpt: [Unicode.Scalar]

  /// The suspicions in `paragraph`, given the paragraph before it in the same document.
  public static func find(in paragraph: Paragraph, after previous: Paragraph?) -> [Suspicion] {
    var found: [Suspicion] = []
    let text = paragraph.text
    var i = 0
    while i + 1 < text.count {
      if text[i] == "的" && text[i + 1] == "的" && (i + 2 >= text.count || text[i + 2] != "确") {
        found.append(Suspicion(kind: "doubled-char", line: paragraph.line(at: i),
                               excerpt: Array(text[max(0, i - 6)..<min(text.count, i + 8)])))
        i += 2
      } else {
        i += 1
      }
    }
    if let previous, let end = previous.text.last, previous.text.count > 40,
      end.isHan || end == "，" || end == "、"
    {
      found.append(Suspicion(kind: "cut-sentence", line: paragraph.lines.lowerBound,
                             excerpt: Array(previous.text.suffix(8)) + ["\u{23CE}"] + Array(text.prefix(8))))
    }
    return found
  }
}
