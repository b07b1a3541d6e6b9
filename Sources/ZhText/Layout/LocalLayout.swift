/// What the lines around a position say about the page: the column width and whether the
/// text is hard-wrapped and blank-line interleaved.
///
/// Measured on a window of neighbouring lines rather than the whole document, so a sidebar,
/// a narrower page or a section set in a different style is judged on its own lines.
public struct LocalLayout: Sendable {
  /// The typical width of a full line: the median width of the long lines that end
  /// mid-sentence (such a line can only have ended because the column did).
  let column: Int
  /// At least 40 % of the full-width lines end mid-sentence: line ends carry no meaning.
  let hardWrapped: Bool
  /// Most gaps between lines are exactly one blank line: a single blank line means nothing.
  let interleaved: Bool

  /// How many lines on each side are looked at.
  static let radius = 16

  /// A line this much narrower than the column is short (a paragraph's last line).
  var shortfall: Int { max(4, column / 10) }
  /// A line this much narrower than the column may have lost its first-line indent.
  var indent: Int { max(2, column / 12) }

  /// What layout needs of a line to measure the page: no references, cheap to copy.
  struct Metrics {
    let width: Int
    let endsClause: Bool
    let gapBefore: Int
  }

  /// The layout of a window of lines, given their widths sorted (`widths`, all lines;
  /// `middles`, lines that end mid-sentence), the number of gaps between them (`gaps`) and
  /// how many of those are exactly one blank line (`singleGaps`).
  init(widths: [Int], middles: [Int], gaps: Int, singleGaps: Int) {
    let wide = widths.isEmpty ? 0 : widths[(widths.count - 1) * 9 / 10]
    // Full lines: at least 80 % of the 90th-percentile width.
    let threshold = wide * 8 / 10
    let long = widths.count - widths.partitionPoint(below: threshold)
    let firstMiddle = middles.partitionPoint(below: threshold)
    let midCount = middles.count - firstMiddle
    hardWrapped = long > 0 && midCount * 10 >= long * 4
    column = midCount == 0 ? wide : middles[firstMiddle + midCount / 2]
    interleaved = gaps > 0 && singleGaps * 10 >= gaps * 6
  }
}

/// The lines around the reflow cursor, with their widths kept sorted as the window slides,
/// so each line's `LocalLayout` costs a few binary searches rather than a sort.
struct LayoutWindow {
  private(set) var metrics: [LocalLayout.Metrics] = []
  private var range = 0..<0
  private var widths: [Int] = []
  private var middles: [Int] = []
  /// Lines in `range` that follow exactly one blank line.
  private var singleGapLines = 0

  /// Adds the next line's metrics.
  mutating func append(_ line: LocalLayout.Metrics) { metrics.append(line) }

  /// The layout around line `cursor`: the lines within `LocalLayout.radius` of it.
  mutating func layout(around cursor: Int) -> LocalLayout {
    let target = max(0, cursor - LocalLayout.radius)..<min(metrics.count, cursor + LocalLayout.radius + 1)
    if target.lowerBound >= range.upperBound || target.upperBound < range.lowerBound
      || target.lowerBound < range.lowerBound
    {
      widths.removeAll(keepingCapacity: true)
      middles.removeAll(keepingCapacity: true)
      singleGapLines = 0
      range = target.lowerBound..<target.lowerBound
    }
    // Sliding on by one line (the usual step): the line leaving and the line arriving
    // swap places in the sorted arrays in one pass.
    while range.lowerBound < target.lowerBound && range.upperBound < target.upperBound {
      replace(metrics[range.lowerBound], with: metrics[range.upperBound])
      range = (range.lowerBound + 1)..<(range.upperBound + 1)
    }
    while range.lowerBound < target.lowerBound {
      remove(metrics[range.lowerBound])
      range = (range.lowerBound + 1)..<range.upperBound
    }
    while range.upperBound > target.upperBound {
      remove(metrics[range.upperBound - 1])
      range = range.lowerBound..<(range.upperBound - 1)
    }
    while range.upperBound < target.upperBound {
      insert(metrics[range.upperBound])
      range = range.lowerBound..<(range.upperBound + 1)
    }
    // The gaps between the window's lines: those before every line but the first.
    let firstSingle = range.isEmpty || metrics[range.lowerBound].gapBefore != 1 ? 0 : 1
    return LocalLayout(
      widths: widths, middles: middles, gaps: max(0, range.count - 1), singleGaps: singleGapLines - firstSingle)
  }

  /// Forgets the first `count` lines (indices shift down by `count`).
  mutating func dropFirst(_ count: Int) {
    while range.lowerBound < min(count, range.upperBound) {
      remove(metrics[range.lowerBound])
      range = (range.lowerBound + 1)..<range.upperBound
    }
    metrics.removeFirst(count)
    range = max(0, range.lowerBound - count)..<max(0, range.upperBound - count)
  }

  /// Forgets everything.
  mutating func removeAll() {
    metrics.removeAll()
    widths.removeAll()
    middles.removeAll()
    singleGapLines = 0
    range = 0..<0
  }

  private mutating func insert(_ line: LocalLayout.Metrics) {
    if line.gapBefore == 1 { singleGapLines += 1 }
    widths.insertSorted(line.width)
    if !line.endsClause { middles.insertSorted(line.width) }
  }

  private mutating func replace(_ leaving: LocalLayout.Metrics, with arriving: LocalLayout.Metrics) {
    singleGapLines += (arriving.gapBefore == 1 ? 1 : 0) - (leaving.gapBefore == 1 ? 1 : 0)
    // The same width, ending alike (as lines of hard-wrapped text often are): nothing moves.
    if leaving.width == arriving.width && leaving.endsClause == arriving.endsClause { return }
    widths.replaceSorted(leaving.width, with: arriving.width)
    switch (leaving.endsClause, arriving.endsClause) {
    case (false, false): middles.replaceSorted(leaving.width, with: arriving.width)
    case (false, true): middles.removeSorted(leaving.width)
    case (true, false): middles.insertSorted(arriving.width)
    case (true, true): break
    }
  }

  private mutating func remove(_ line: LocalLayout.Metrics) {
    if line.gapBefore == 1 { singleGapLines -= 1 }
    widths.removeSorted(line.width)
    if !line.endsClause { middles.removeSorted(line.width) }
  }
}

extension Array where Element == Int {
  /// Inserts `value` into this sorted array, shifting the larger elements up by hand (the
  /// window's arrays hold a few dozen elements; the generic insertion costs more).
  mutating func insertSorted(_ value: Int) {
    append(value)
    withUnsafeMutableBufferPointer { elements in
      var k = elements.count - 1
      while k > 0 && elements[k - 1] > value {
        elements[k] = elements[k - 1]
        k -= 1
      }
      elements[k] = value
    }
  }

  /// Removes one `value`, which this sorted array holds.
  mutating func removeSorted(_ value: Int) {
    withUnsafeMutableBufferPointer { elements in
      var k = UnsafeBufferPointer(elements).partitionPoint(below: value)
      while k + 1 < elements.count {
        elements[k] = elements[k + 1]
        k += 1
      }
    }
    removeLast()
  }

  /// Replaces one `old`, which this sorted array holds, with `new`, shifting only the
  /// elements between their places.
  mutating func replaceSorted(_ old: Int, with new: Int) {
    withUnsafeMutableBufferPointer { elements in
      var k = UnsafeBufferPointer(elements).partitionPoint(below: old)
      if new > old {
        while k + 1 < elements.count && elements[k + 1] < new {
          elements[k] = elements[k + 1]
          k += 1
        }
      } else {
        while k > 0 && elements[k - 1] > new {
          elements[k] = elements[k - 1]
          k -= 1
        }
      }
      elements[k] = new
    }
  }

  /// In a sorted array, the index of the first element not below `value`.
  func partitionPoint(below value: Int) -> Int {
    withUnsafeBufferPointer { $0.partitionPoint(below: value) }
  }
}

extension UnsafeBufferPointer where Element == Int {
  /// In a sorted buffer, the index of the first element not below `value`.
  ///
  /// Halves the range by arithmetic rather than a branch: which half holds the answer is a
  /// coin toss for the window's widths, and a mispredicted branch at each step cost more
  /// than the search itself. The sign of `element - value` says which half, so elements
  /// and `value` must lie within `Int.max` of each other (widths, which are never negative).
  func partitionPoint(below value: Int) -> Int {
    var length = count
    guard length > 0 else { return 0 }
    var base = 0
    while length > 1 {
      let half = length &>> 1
      base &+= half & ((self[base &+ half] &- value) &>> (Int.bitWidth - 1))  // all ones: below
      length &-= half
    }
    return base &- ((self[base] &- value) &>> (Int.bitWidth - 1))
  }
}
