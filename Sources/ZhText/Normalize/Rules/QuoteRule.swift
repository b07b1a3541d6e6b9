/// Rule `quote`: straight ASCII quotes in Chinese text become the curly quotes they stand for.
///
/// An ASCII `'` or `"` that closes an open `‘` or `“` becomes `’` or `”` (`‘一带一路 '` →
/// `‘一带一路’`); a pair of straight quotes around Han text becomes `“…”` or `‘…’`. Quotes in
/// Latin text and apostrophes (`don't`) are left alone.
public enum QuoteRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    var edits: [Edit] = []
    var openDouble = false
    var openSingle = false
    var i = 0
    while i < text.count {
      let c = text[i]
      switch c {
      case "\u{201C}": openDouble = true
      case "\u{201D}": openDouble = false
      case "\u{2018}": openSingle = true
      case "\u{2019}": openSingle = false
      case "\"", "'":
        let isDouble = c == "\""
        if isDouble ? openDouble : openSingle {
          if isDouble || !isApostrophe(text, i) {
            edits.add(Edit(i..<i + 1, [isDouble ? "\u{201D}" : "\u{2019}"]))
            if isDouble { openDouble = false } else { openSingle = false }
          }
        } else if let close = closingPartner(of: i, in: text), !isApostrophe(text, i) {
          edits.add(Edit(i..<i + 1, [isDouble ? "\u{201C}" : "\u{2018}"]))
          edits.add(Edit(close..<close + 1, [isDouble ? "\u{201D}" : "\u{2019}"]))
          i = close
        }
      default: break
      }
      i += 1
    }
    return edits
  }

  /// The index of the straight quote that closes the one at `open`, when what they enclose
  /// is Han text.
  private static func closingPartner(of open: Int, in text: [Unicode.Scalar]) -> Int? {
    let quote = text[open]
    var j = open + 1
    var hasHan = false
    while j < text.count {
      let c = text[j]
      if c == quote { return hasHan && !isApostrophe(text, j) ? j : nil }
      if c == "\u{201C}" || c == "\u{201D}" || c == "\n" { return nil }
      if c.isHan { hasHan = true }
      j += 1
    }
    return nil
  }

  /// An apostrophe sits between two Latin letters (`don't`).
  private static func isApostrophe(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
    text[i] == "'" && i > 0 && i + 1 < text.count
      && text[i - 1].traits.contains(.latinLetter) && text[i + 1].traits.contains(.latinLetter)
  }
}
