/// Works out each line's `LocalLayout` ahead of layout, on the thread that measures the lines,
/// so that the thread laying them out reads it instead of sliding a window of its own.
///
/// A line's layout depends on the lines within `LocalLayout.radius` of it, so it is known
/// once that many later lines are measured, or when the document ends — before `Reflow`
/// decides the line, which waits for `Reflow.lookahead` later lines. The planner counts the
/// blank lines between lines as `BlockReader` does, so each layout is exactly the one
/// `Reflow` would compute.
public struct LayoutPlanner {
  private var window = LayoutWindow()
  /// Blank lines since the last line.
  private var gap = 0
  private var sawLine = false
  /// The window index of the next line to plan.
  private var next = 0

  /// A planner for a document.
  public init() {}

  /// `count` blank lines follow.
  mutating func addBlankLines(_ count: Int) {
    if sawLine { gap += count }
  }

  /// `line` follows; appends to `plans` the layouts this completes.
  mutating func add(_ line: LayoutLine, plans: inout [LocalLayout]) {
    window.append(LocalLayout.Metrics(width: line.width, endsClause: line.endsClause, gapBefore: gap))
    gap = 0
    sawLine = true
    while next + LocalLayout.radius < window.metrics.count {
      plans.append(window.layout(around: next))
      next += 1
    }
    // Lines no layout still to plan reads are dropped a few hundred at a time.
    if next > Reflow.decidedKept {
      window.dropFirst(next - LocalLayout.radius)
      next = LocalLayout.radius
    }
  }

  /// The document ends: appends the layouts of its last lines to `plans` and starts afresh.
  mutating func finish(plans: inout [LocalLayout]) {
    while next < window.metrics.count {
      plans.append(window.layout(around: next))
      next += 1
    }
    self = LayoutPlanner()
  }
}
