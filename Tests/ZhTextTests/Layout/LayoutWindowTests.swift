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

  @Test(arguments: [1, 2, 3, 4, 5])
  func matchesReference(seed: UInt64) {
    var generator = SplitMix(seed: seed)
    var window = LayoutWindow()
    var all: [LocalLayout.Metrics] = []
    var base = 0
    for step in 0..<400 {
      let line = LocalLayout.Metrics(
        width: Int(generator.next() % 50), endsClause: generator.next() % 3 == 0, gapBefore: Int(generator.next() % 3))
      window.append(line)
      all.append(line)
      let cursor = max(0, all.count - 1 - base - Int(generator.next() % 20))
      let layout = window.layout(around: cursor)
      let lower = max(0, cursor - LocalLayout.radius)
      let upper = min(all.count - base, cursor + LocalLayout.radius + 1)
      let expected = reference(all[(base + lower)..<(base + upper)])
      #expect(layout.column == expected.0 && layout.hardWrapped == expected.1 && layout.interleaved == expected.2,
              "step \(step)")
      if cursor > 2 * LocalLayout.radius {
        let drop = cursor - LocalLayout.radius + Int(generator.next() % 3)
        window.dropFirst(drop)
        base += drop
      }
    }
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
