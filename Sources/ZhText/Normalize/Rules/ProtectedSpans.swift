/// Spans of a text that rules must not touch: URLs, e-mail addresses and file paths.
///
/// A candidate is a maximal run of characters that are neither spaces nor CJK; it is
/// protected when it contains `://`, an `@` between word characters, starts with `/`, `./`,
/// `~/` or a drive letter (`C:\`), or starts with `www.`.
public struct ProtectedSpans: Sendable {
  private var ranges: [Range<Int>]

  /// The protected spans of `text`.
  public static func find(in text: [Unicode.Scalar]) -> ProtectedSpans {
    var ranges: [Range<Int>] = []
    var i = 0
    while i < text.count {
      if text[i].isSpaceLike || text[i].isCJK { i += 1; continue }
      var j = i
      while j < text.count && !text[j].isSpaceLike && !text[j].isCJK { j += 1 }
      if isProtected(text[i..<j]) { ranges.append(i..<j) }
      i = j
    }
    return ProtectedSpans(ranges: ranges)
  }

  /// True when `index` lies in a protected span.
  public func contains(_ index: Int) -> Bool { ranges.contains { $0.contains(index) } }

  private static func isProtected(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
    let t = Array(token)
    func starts(_ prefix: String) -> Bool {
      let p = Array(prefix.unicodeScalars)
      return t.count >= p.count && Array(t[0..<p.count]) == p
    }
    if t.containsRun(Self.scheme) || starts("www.") || starts("/") || starts("./") || starts("~/")
      || starts("../")
    {
      return true
    }
    if let at = t.firstIndex(of: "@"), at > 0, at + 1 < t.count { return true }
    return t.count >= 3 && t[0].traits.contains(.latinLetter) && t[1] == ":" && t[2] == "\\"
  }

  private static let scheme = Array("://".unicodeScalars)
}
