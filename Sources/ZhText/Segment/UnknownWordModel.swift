import CLexicon

/// A hidden Markov model that groups characters the lexicon does not know into words
/// (names, new coinages): each character is tagged Begin, Middle, End or Single, and the
/// likeliest tagging (Viterbi) gives the words. The parameters are jieba's (MIT), compiled
/// in as C tables by scripts/generate-lexicon, so nothing is parsed at start-up.
public struct UnknownWordModel: Sendable {
  /// The compiled-in model.
  public static let shared = UnknownWordModel()

  /// log P(tag) for B, M, E, S: one vector per row of the table.
  private typealias Row = SIMD4<Double>
  private static let impossible = -3.14e100
  /// The tags B M E S in alphabetical order, for breaking ties.
  private static let rank = [0, 2, 1, 3]
  private let start: Row
  /// `transition[from]` gives log P(to | from) for every `to`.
  private let transition: [Row]
  /// The emissions table (static data of the binary).
  private var emissions: UnsafeBufferPointer<zt_hmm_emission> {
    UnsafeBufferPointer(start: zt_hmm_emissions(), count: zt_hmm_emission_count())
  }

  private init() {
    start = Self.row(zt_hmm_start())
    transition = (0..<4).map { Self.row(zt_hmm_transition() + 4 * $0) }
  }

  private static func row(_ values: UnsafePointer<Double>) -> Row {
    Row(values[0], values[1], values[2], values[3])
  }

  /// The emission row of `scalar` (binary search of the sorted table).
  private func emission(_ scalar: Unicode.Scalar) -> Row {
    var lo = 0
    var hi = emissions.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if emissions[mid].scalar < scalar.value { lo = mid + 1 } else { hi = mid }
    }
    guard lo < emissions.count && emissions[lo].scalar == scalar.value else { return Row(repeating: Self.impossible) }
    return withUnsafePointer(to: emissions[lo].logp) { $0.withMemoryRebound(to: Double.self, capacity: 4, Self.row) }
  }

  /// The word lengths of `scalars` (which sum to its count).
  public func cut(_ scalars: ArraySlice<Unicode.Scalar>) -> [Int] {
    guard scalars.count > 1 else { return scalars.isEmpty ? [] : [1] }
    var score = start + emission(scalars.first!)
    var back: [SIMD4<Int8>] = []
    back.reserveCapacity(scalars.count)
    for scalar in scalars.dropFirst() {
      let emit = emission(scalar)
      var next = Row(repeating: -.infinity)
      var from = SIMD4<Int8>(repeating: 0)
      for to in 0..<4 {
        for previous in 0..<4 where transition[previous][to] > Self.impossible {
          let candidate = score[previous] + transition[previous][to]
          // Ties go to the later tag in the order B E M S, as in jieba.
          if candidate > next[to] || candidate == next[to] && Self.rank[previous] > Self.rank[Int(from[to])] {
            next[to] = candidate
            from[to] = Int8(previous)
          }
        }
        next[to] += emit[to]
      }
      back.append(from)
      score = next
    }
    // A word ends the text: the last tag is End (2) or Single (3).
    var tag = score[2] > score[3] ? 2 : 3
    var tags = [Int](repeating: 0, count: scalars.count)
    for t in stride(from: scalars.count - 1, through: 0, by: -1) {
      tags[t] = tag
      if t > 0 { tag = Int(back[t - 1][tag]) }
    }
    var lengths: [Int] = []
    var length = 0
    for tag in tags {
      length += 1
      if tag >= 2 {  // End or Single closes a word
        lengths.append(length)
        length = 0
      }
    }
    if length > 0 { lengths.append(length) }
    return lengths
  }
}
