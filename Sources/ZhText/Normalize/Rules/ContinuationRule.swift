/// Rule `continuation`: newspaper jump lines — `（下转第四版）`, `（上接第一版）`, `（转第2版）`,
/// `（接第3版）`, in full-width or ASCII brackets — are removed with the spaces around them.
public enum ContinuationRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    var edits: [Edit] = []
    var i = 0
    while true {
      // A jump line opens with a bracket: the scan passes over the text between them eight
      // characters at a time.
      i = text.withUnsafeBufferPointer { ScalarBlock.first("（", or: "(", in: $0, from: i) }
      guard i < text.count else { break }
      if let end = match(text, at: i) {
        var start = i
        while start > 0 && text[start - 1].isSpaceLike { start -= 1 }
        var stop = end
        while stop < text.count && text[stop].isSpaceLike { stop += 1 }
        if start > 0 && stop < text.count { stop = end }  // keep one side's spacing mid-line
        if let last = edits.last, last.range.upperBound > start { start = last.range.upperBound }
        edits.add(.delete(start..<stop))
        i = stop
      } else {
        i += 1
      }
    }
    return edits
  }

  /// The end of a jump line starting at `i`, if one does.
  static func match(_ text: [Unicode.Scalar], at i: Int) -> Int? {
    guard text[i] == "（" || text[i] == "(" else { return nil }
    var k = i + 1
    guard take("下转", text, &k) || take("上接", text, &k) || take("转", text, &k) || take("接", text, &k) else {
      return nil
    }
    _ = take("第", text, &k)
    let digitsStart = k
    while k < text.count && (text[k].isASCIIDigit || "一二三四五六七八九十百零〇".unicodeScalars.contains(text[k])) {
      k += 1
    }
    guard k > digitsStart, take("版", text, &k), k < text.count, text[k] == "）" || text[k] == ")" else {
      return nil
    }
    return k + 1
  }

  /// Whether `s` comes at `k` in `text`, compared in place (this runs at every bracket);
  /// if so, `k` moves past it. A function of its own, not a local one: a local function
  /// capturing `k` would keep it in a box checked at run time on every access.
  private static func take(_ s: String, _ text: [Unicode.Scalar], _ k: inout Int) -> Bool {
    var j = k
    for scalar in s.unicodeScalars {
      guard j < text.count, text[j] == scalar else { return false }
      j += 1
    }
    k = j
    return true
  }
}
