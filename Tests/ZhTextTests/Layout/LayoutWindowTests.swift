import Testing

@testable import ZhText

/// The sliding window must measure exactly what a fresh computation over the same lines does.
@Suite struct LayoutWindowTests {
  /// The straightforward computation: sort the window's widths and count.
  func reference(_ lines: ArraySlice<LocalLayout.Metrics>) -> (Int, Bool, Bool) {
    let widths = lines.map(\.width).sorted()
    let wide = widths.isEmpty ? 0 : widths[(widths.count - 1) * 9 / 10]
    let long = lines.filter { $0.width >= wide * 8 / 10 }
    let middles = long.filter { !$0.endsClause }.map(\.width).sorted()
    let gaps = lines.dropFirst().map(\.gapBefore)
    return (
      middles.isEmpty ? wide : middles[middles.count / 2],
      !long.isEmpty && middles.count * 10 >= long.count * 4,
      !gaps.isEmpty && gaps.filter { $0 == 1 }.count * 10 >= gaps.count * 6
    )
  }

  /// The cursor jumps about (`jitter` > 0) or moves on one line a step, as in reflow,
  /// where the lines leaving and arriving swap places in the sorted widths.
  @Test(arguments: [(1, 20), (2, 20), (3, 20), (4, 20), (5, 20), (6, 0), (7, 0)])
  func matchesReference(seed: UInt64, jitter: UInt64) {
    var generator = SplitMix(seed: seed)
    var window = LayoutWindow()
    var all: [LocalLayout.Metrics] = []
    var base = 0
    for step in 0..<400 {
      let line = LocalLayout.Metrics(
        width: Int(generator.next() % 50), endsClause: generator.next() % 3 == 0, gapBefore: Int(generator.next() % 3))
      window.append(line)
      all.append(line)
      let cursor = max(0, all.count - 1 - base - (jitter == 0 ? 5 : Int(generator.next() % jitter)))
      let layout = window.layout(around: cursor)
      let lower = max(0, cursor - LocalLayout.radius)
      let upper = min(all.count - base, cursor + LocalLayout.radius + 1)
      let expected = reference(all[(base + lower)..<(base + upper)])
      #expect(layout.column == expected.0 && layout.hardWrapped == expected.1 && layout.interleaved == expected.2,
              "step \(step)")
      if cursor > 2 * LocalLayout.radius {
        let drop = cursor - LocalLayout.radius + (jitter == 0 ? 0 : Int(generator.next() % 3))
        window.dropFirst(drop)
        base += drop
      }
    }
  }
}

/// The branch-free search finds what a linear scan does, at every length and on duplicates.
@Suite struct PartitionPointTests {
  @Test func matchesLinearScan() {
    var generator = SplitMix(seed: 11)
    for length in 0...40 {
      let widths = (0..<length).map { _ in Int(generator.next() % 12) * 2 }.sorted()
      for value in -1...25 {
        let expected = widths.firstIndex { $0 >= value } ?? widths.count
        #expect(widths.partitionPoint(below: value) == expected, "\(widths) below \(value)")
      }
    }
    #expect([Int]().partitionPoint(below: 0) == 0)
    #expect([0, 1 << 40].partitionPoint(below: 1 << 40) == 1)
  }
}

/// A small deterministic generator for property tests.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
