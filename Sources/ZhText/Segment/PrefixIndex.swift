/// Where the lexicon's lines for a first character, or a first pair of characters, are, and
/// the frequency of that character or pair as a word.
///
/// A table with a slot for every BMP character gives its pairs: a contiguous run, sorted by
/// the second character, in one array. Both are written front to back while the sorted
/// lexicon is read, so building the index touches memory in order (a hash table filled in
/// lexicon order costs a cache miss for every key, which was most of the start-up time), and
/// a lookup is one slot and a short binary search over a few cache lines: the second
/// characters are searched in an array of their own, four bytes each, apart from what the
/// search finds.
struct PrefixIndex {
  /// One prefix: its lines and its frequency as a word (0 when it is only a prefix).
  struct Entry {
    let lines: Range<Int32>
    let frequency: Int32
  }

  /// A first character: its frequency as a word and the range of its pairs in `pairs`.
  private struct First {
    var frequency: Int32 = 0
    var pairs: Range<Int32> = 0..<0
    var exists: Bool { frequency > 0 || !pairs.isEmpty }
  }

  /// A first pair: the pair's lines and its frequency as a word.
  private struct Pair {
    var lines: Range<Int32>
    var frequency: Int32
  }

  private var firsts = [First](repeating: First(), count: 0x10000)
  /// First characters beyond the BMP (none in today's lexicon).
  private var astralFirsts: [UInt32: First] = [:]
  /// The second character of each pair, in the order of `pairs`.
  private var seconds: [UInt32] = []
  private var pairs: [Pair] = []

  /// An empty index with room for `pairCount` pairs.
  init(pairCount: Int) {
    seconds.reserveCapacity(pairCount)
    pairs.reserveCapacity(pairCount)
  }

  /// Adds `line`, whose word of `length` characters starts with `first` and (when longer
  /// than one) `second`; `frequency` is the word's. Lines must come in the lexicon's order.
  mutating func add(line: Int32, first: UInt32, second: UInt32, length: Int, frequency: Int32) {
    var entry = self.first(first) ?? First(frequency: 0, pairs: Int32(pairs.count)..<Int32(pairs.count))
    if length == 1 {
      entry.frequency = frequency
    } else {
      if entry.pairs.isEmpty || seconds[seconds.count - 1] != second {
        seconds.append(second)
        pairs.append(Pair(lines: line..<(line + 1), frequency: 0))
      } else {
        pairs[pairs.count - 1].lines = pairs[pairs.count - 1].lines.lowerBound..<(line + 1)
      }
      if length == 2 { pairs[pairs.count - 1].frequency = frequency }
      entry.pairs = entry.pairs.lowerBound..<Int32(pairs.count)
    }
    if first < 0x10000 { firsts[Int(first)] = entry } else { astralFirsts[first] = entry }
  }

  @inline(__always) private func first(_ scalar: UInt32) -> First? {
    let entry = scalar < 0x10000 ? firsts[Int(scalar)] : astralFirsts[scalar] ?? First()
    return entry.exists ? entry : nil
  }

  /// The frequency of `first` as a word (0 when it is only a prefix), or nil when no word
  /// starts with it.
  @inline(__always) func frequency(ofFirst first: UInt32) -> Int32? {
    self.first(first)?.frequency
  }

  /// The entry of the pair `first`, `second`, if a word starts with it.
  @inline(__always) func pair(_ first: UInt32, _ second: UInt32) -> Entry? {
    guard let entry = self.first(first) else { return nil }
    var lo = Int(entry.pairs.lowerBound)
    var hi = Int(entry.pairs.upperBound)
    while lo < hi {
      let mid = (lo + hi) / 2
      if seconds[mid] < second { lo = mid + 1 } else { hi = mid }
    }
    guard lo < Int(entry.pairs.upperBound), seconds[lo] == second else { return nil }
    return Entry(lines: pairs[lo].lines, frequency: pairs[lo].frequency)
  }
}
