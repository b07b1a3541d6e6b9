/// Literal matching on scalar text, for rules and layout that test fixed words.
extension RandomAccessCollection where Element == Unicode.Scalar, Index == Int {
  /// True when the text ends with `suffix`.
  public func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
    guard suffix.count <= count else { return false }
    return zip(self[(endIndex - suffix.count)...], suffix).allSatisfy { $0 == $1 }
  }

  /// True when `run` occurs somewhere in the text.
  public func containsRun(_ run: [Unicode.Scalar]) -> Bool {
    firstIndex(ofRun: run) != nil
  }

  /// The start of the first occurrence of `run`, if any.
  public func firstIndex(ofRun run: [Unicode.Scalar]) -> Int? {
    guard let first = run.first, run.count <= count else { return nil }
    var i = startIndex
    while i + run.count <= endIndex {
      if self[i] == first && zip(self[i..<(i + run.count)], run).allSatisfy({ $0 == $1 }) { return i }
      i += 1
    }
    return nil
  }
}
