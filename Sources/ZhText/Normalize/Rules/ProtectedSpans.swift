/// Spans of a text that rules must not touch: URLs, e-mail addresses and file paths.
///
/// A candidate is a maximal run of characters that are neither spaces nor CJK; it is
/// protected when it contains `://`, an `@` between word characters, starts with `/`, `./`,
/// `~/` or a drive letter (`C:\`), or starts with `www.`.
///
/// Asked about the characters a rule would change, in ascending order: the candidate holding
/// each is found around it, once, rather than every candidate of the text up front, so a
/// rule with a few marks to convert does not read the whole paragraph.
public struct ProtectedSpans: Sendable {
  private let text: [Unicode.Scalar]
  /// The candidate found last, and whether it is protected.
  private var candidate = 0..<0
  private var candidateIsProtected = false

  /// The protected spans of `text`.
  public init(in text: [Unicode.Scalar]) { self.text = text }

  /// True when `index` lies in a protected span. Indices are asked in ascending order.
  public mutating func contains(_ index: Int) -> Bool {
    if !candidate.contains(index) {
      guard !Self.separates(text[index]) else { return false }
      // The previous candidate ended at a separator before `index`, so no character is
      // read twice however many marks a long candidate holds.
      var start = index
      while start > 0 && !Self.separates(text[start - 1]) { start -= 1 }
      var end = index + 1
      while end < text.count && !Self.separates(text[end]) { end += 1 }
      candidate = start..<end
      candidateIsProtected = Self.isProtected(text[candidate])
    }
    return candidateIsProtected
  }

  /// Spaces and CJK characters bound the candidates.
  private static func separates(_ c: Unicode.Scalar) -> Bool { c.isSpaceLike || c.isCJK }

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
