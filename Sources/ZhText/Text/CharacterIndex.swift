/// Values filed under characters of the Basic Multilingual Plane, found with one table
/// lookup instead of hashing: the lexicons consult one on almost every character of the
/// input.
struct CharacterIndex<Value: Sendable>: Sendable {
  /// For each BMP character, 1 + the index of its bucket, or 0 when it has none.
  private let slots: [UInt16]
  private let buckets: [[Value]]

  /// An index of `entries`, in their order within each character's bucket. Characters
  /// outside the BMP are not indexed (the lexicons hold none).
  init(_ entries: [(Unicode.Scalar, Value)]) {
    var slots = [UInt16](repeating: 0, count: 0x10000)
    var buckets: [[Value]] = []
    for (c, value) in entries where c.value < 0x10000 {
      let slot = Int(c.value)
      if slots[slot] == 0 {
        buckets.append([])
        slots[slot] = UInt16(buckets.count)
      }
      buckets[Int(slots[slot]) - 1].append(value)
    }
    self.slots = slots
    self.buckets = buckets
  }

  /// The values filed under `c`, in order (empty when none).
  subscript(c: Unicode.Scalar) -> [Value] {
    guard c.value < 0x10000 else { return [] }
    let slot = slots[Int(c.value)]
    return slot == 0 ? [] : buckets[Int(slot) - 1]
  }
}
