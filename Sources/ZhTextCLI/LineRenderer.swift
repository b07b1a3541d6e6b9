/// A handler whose text lines are independent: the output of a line depends on that line
/// alone (and on read-only settings), so `InputDriver` may render the lines of one input
/// chunk on several threads and write the results in input order.
///
/// Rendering happens only on the threads `InputDriver` starts, each with its own `worker`
/// index in `0..<workers`; whatever a worker uses that is not thread-safe (an ICU break
/// iterator) must be kept per worker.
public protocol LineRenderer: DocumentHandler {
  /// How many workers may render at once (1: lines are rendered one at a time, as they
  /// arrive — the case when output is line-buffered).
  var workers: Int { get }
  /// Where rendered lines go.
  var sink: OutputSink { get }
  /// Makes `count` workers ready (on the driver's thread, before they start) and returns
  /// how many are: fewer when what a worker needs could not be made.
  func prepareWorkers(_ count: Int) -> Int
  /// Appends the output for `line` to `out`, as worker `worker`.
  func render(_ line: InputLine, into out: inout [UInt8], worker: Int)
}

extension LineRenderer {
  /// Renders `line` on the driver's thread and writes it as one output unit: the path of a
  /// line that is not batched.
  @inlinable
  public func writeRendered(_ line: InputLine) throws(OutputSink.WriteError) {
    try sink.append { render(line, into: &$0, worker: 0) }
    try sink.endUnit()
  }
}
