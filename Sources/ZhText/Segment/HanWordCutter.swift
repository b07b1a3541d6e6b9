#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cuts a run of Chinese characters into words: the likeliest path through every lexicon
/// word the run contains (each word costs −log of its relative frequency), with stretches
/// of single characters that form no known word handed to the unknown-word model.
/// The method is jieba's, so its results on its own dictionary agree with `jieba.cut`.
public struct HanWordCutter: Sendable {
  private let lexicon: Lexicon
  private let unknown: UnknownWordModel

  /// A cutter over the compiled-in lexicon and model.
  public init(lexicon: Lexicon = .shared, unknown: UnknownWordModel = .shared) {
    self.lexicon = lexicon
    self.unknown = unknown
  }

  /// The word lengths of `run` (which sum to its count).
  public func cut(_ run: ArraySlice<Unicode.Scalar>) -> [Int] {
    let n = run.count
    guard n > 1 else { return n == 0 ? [] : [1] }
    // best[i]: the best log-probability of run[i...]; next[i]: where its first word ends.
    // Scratch space for one call (on the stack for the runs of ordinary text).
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: n + 1) { best in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 1) { next in
        best[n] = 0
        return cut(run, best: best, next: next)
      }
    }
  }

  private func cut(
    _ run: ArraySlice<Unicode.Scalar>, best: UnsafeMutableBufferPointer<Double>, next: UnsafeMutableBufferPointer<Int>
  ) -> [Int] {
    let n = run.count
    let base = run.startIndex
    for i in stride(from: n - 1, through: 0, by: -1) {
      best[i] = -.infinity
      lexicon.prefixes(of: run[(base + i)...]) { length, frequency in
        let score = log(Double(frequency)) - lexicon.logTotal + best[i + length]
        if score >= best[i] {  // shortest first, so ties go to the longer word
          best[i] = score
          next[i] = i + length
        }
      }
      if best[i] == -.infinity {  // no word starts here: the character counts once
        best[i] = -lexicon.logTotal + best[i + 1]
        next[i] = i + 1
      }
    }
    // Follow the path; single characters collect until a longer word comes.
    var lengths: [Int] = []
    var single = 0  // where the pending single characters start
    var i = 0
    func flush(upTo end: Int) {
      let pending = run[(base + single)..<(base + end)]
      if pending.count > 1 && lexicon.frequency(of: pending) == nil {
        lengths += unknown.cut(pending)
      } else {
        lengths += repeatElement(1, count: pending.count)
      }
    }
    while i < n {
      let end = next[i]
      if end - i > 1 {
        flush(upTo: i)
        lengths.append(end - i)
        single = end
      }
      i = end
    }
    flush(upTo: n)
    return lengths
  }
}
