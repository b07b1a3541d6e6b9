/// Where the lexicon's lines for a first character, or a first pair of characters, are, and
/// the frequency of that character or pair as a word: an open-addressing hash table keyed by
/// the pair (the second scalar 0 for a lone first character). Built once with the lexicon;
/// a lookup is one probe or two, where a binary search over the sorted lines costs a cache
/// miss per step.
struct PrefixIndex {
  /// One prefix: its lines and its frequency as a word (0 when it is only a prefix).
  struct Entry {
    fileprivate(set) var key: UInt64
    fileprivate(set) var lines: Range<Int32>
    fileprivate(set) var frequency: Int32
  }

  private var entries: [Entry]
  private let shift: UInt64

  /// An empty index sized for `capacity` entries.
  init(capacity: Int) {
    var bits: UInt64 = 4
    while 1 << bits < 2 * capacity { bits += 1 }
    entries = [Entry](repeating: Entry(key: 0, lines: 0..<0, frequency: 0), count: 1 << bits)
    shift = 64 - bits
  }

  /// The key of a pair of scalar values (0 for none; a key is never 0).
  static func key(_ first: UInt32, _ second: UInt32 = 0) -> UInt64 { UInt64(first) << 32 | UInt64(second) }

  @inline(__always) private func slot(of key: UInt64) -> Int {
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while entries[slot].key != 0 && entries[slot].key != key { slot = (slot + 1) & (entries.count - 1) }
    return slot
  }

  /// Extends the lines of `key` to take in `line`, the next line (keys come in sorted runs);
  /// `frequency` is given when the line's word is the prefix itself.
  mutating func add(_ key: UInt64, line: Int32, frequency: Int32?) {
    let slot = slot(of: key)
    if entries[slot].key == 0 {
      entries[slot] = Entry(key: key, lines: line..<(line + 1), frequency: frequency ?? 0)
    } else {
      entries[slot].lines = entries[slot].lines.lowerBound..<(line + 1)
    }
  }

  /// The entry of `key`, if there is one.
  @inline(__always) subscript(key: UInt64) -> Entry? {
    let entry = entries[slot(of: key)]
    return entry.key == 0 ? nil : entry
  }
}
