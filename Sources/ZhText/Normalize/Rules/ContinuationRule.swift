#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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

  /// False when no jump line can start in `utf8`, for certain: no bracket in it is followed
  /// by a character `match` accepts after one (`下`, `上`, `转`, `接`). Read from the bytes,
  /// so a paragraph whose only trigger characters are brackets need not be decoded.
  static func mayOpenJumpLine(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = utf8.baseAddress else { return false }
    for bracket in Self.brackets {
      // Each bracket found by its last byte (`memchr`; in `（` a byte that ends one
      // character in 64 of Chinese text), then its other bytes compared.
      let last = bracket[bracket.count - 1]
      var start = 0
      while start < utf8.count, let found = memchr(base + start, Int32(last), utf8.count - start) {
        let after = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        start = after
        guard after >= bracket.count, utf8[(after - bracket.count)..<after].elementsEqual(bracket) else { continue }
        guard after + 3 <= utf8.count else { break }
        let next = utf8[after..<after + 3]
        if Self.jumpWords.contains(where: { $0.elementsEqual(next) }) { return true }
      }
    }
    return false
  }

  /// `（` and `(` in UTF-8.
  private static let brackets: [[UInt8]] = [Array("（".utf8), Array("(".utf8)]
  /// The first characters of the words `match` takes after a bracket, in UTF-8.
  private static let jumpWords: [[UInt8]] = ["下", "上", "转", "接"].map { Array($0.utf8) }

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
