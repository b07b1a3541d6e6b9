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
    let s = String(String.UnicodeScalarView(token))
    if s.contains("://") || s.hasPrefix("www.") || s.hasPrefix("/") || s.hasPrefix("./")
      || s.hasPrefix("~/") || s.hasPrefix("../")
    {
      return true
    }
    if let at = s.firstIndex(of: "@"), at != s.startIndex, s.index(after: at) != s.endIndex {
      return true
    }
    let scalars = Array(token)
    return scalars.count >= 3 && scalars[0].traits.contains(.latinLetter) && scalars[1] == ":"
      && scalars[2] == "\\"
  }
}
