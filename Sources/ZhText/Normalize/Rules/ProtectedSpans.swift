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

  private static func isProtected(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
    if t.containsRun(Self.scheme) || Self.pathStarts.contains(where: { t.starts(with: $0) }) { return true }
    if let at = t.firstIndex(of: "@"), at > t.startIndex, at + 1 < t.endIndex { return true }
    let s = t.startIndex
    return t.count >= 3 && t[s].traits.contains(.latinLetter) && t[s + 1] == ":" && t[s + 2] == "\\"
  }

  private static let scheme = Array("://".unicodeScalars)
  /// Beginnings of web addresses and file paths.
  private static let pathStarts = ["www.", "/", "./", "~/", "../"].map { Array($0.unicodeScalars) }
}
