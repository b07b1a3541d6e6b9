import Dispatch
import Synchronization

/// The second half of a tool's work on a second thread: pieces of work run one at a time,
/// in the order they were submitted, while the submitting thread goes on reading and
/// laying out the input. At most `depth` pieces wait, so memory stays bounded.
///
/// A piece may write to the `OutputSink`; once one fails, later pieces are skipped and the
/// failure is thrown by the next `submit` or `drain`. While pieces are pending, only the
/// stage may touch the sink: callers `drain()` before writing themselves.
///
/// What a piece returns is handed back to the submitting thread, which reuses it
/// (`reclaim`) or releases it: memory the submitting thread allocated is then freed where
/// it came from, instead of the two threads contending for the allocator's lock.
public final class OutputStage: Sendable {
  private let queue = DispatchQueue(label: "zhtext.output-stage")
  private let slots: DispatchSemaphore
  private let failure = Mutex<OutputSink.WriteError?>(nil)
  private let finished = Mutex<[StageOwned<Any>]>([])
  private let waiting = Atomic<Int>(0)

  /// A stage with at most `depth` pieces waiting.
  public init(depth: Int = 4) {
    slots = DispatchSemaphore(value: depth)
  }

  /// How many submitted pieces have not finished running: a stage that keeps a backlog is
  /// the slower half of the work.
  public var backlog: Int { waiting.load(ordering: .relaxed) }

  /// Queues `work` after everything submitted before it; waits while `depth` pieces are
  /// pending. Throws the failure of an earlier piece.
  public func submit(_ work: @escaping @Sendable () throws(OutputSink.WriteError) -> Any) throws(OutputSink.WriteError) {
    releaseFinished()
    if let error = failure.withLock({ $0 }) { throw error }
    slots.wait()
    waiting.add(1, ordering: .relaxed)
    queue.async {
      defer {
        self.waiting.subtract(1, ordering: .relaxed)
        self.slots.signal()
      }
      guard self.failure.withLock({ $0 == nil }) else { return }
      do throws(OutputSink.WriteError) {
        let leftover = StageOwned(try work())
        self.finished.withLock { $0.append(leftover) }
      } catch {
        self.failure.withLock { $0 = error }
      }
    }
  }

  /// Waits until every piece has run; throws the first failure.
  public func drain() throws(OutputSink.WriteError) {
    queue.sync {}
    releaseFinished()
    if let error = failure.withLock({ $0 }) { throw error }
  }

  /// Takes back the first value of type `T` a finished piece handed back, for this thread
  /// to reuse (its buffers keep their capacity, so they need not be allocated and faulted
  /// in again); nil when there is none.
  public func reclaim<T>(_ type: T.Type) -> T? {
    finished.withLock { finished in
      guard let index = finished.firstIndex(where: { $0.value is T }) else { return nil }
      return finished.remove(at: index).value as? T
    }
  }

  /// Releases, on this thread, what finished pieces handed back.
  private func releaseFinished() {
    let leftovers = finished.withLock { finished in
      defer { finished.removeAll() }
      return finished
    }
    _ = leftovers  // dropped here, on this thread
  }
}

/// A value handed to the output stage's thread. Whoever makes one guarantees that what it
/// holds is used by one thread at a time — by the stage while its pieces are pending, by
/// the submitting thread only after `OutputStage.drain()` — or is only read by both.
public struct StageOwned<Value>: @unchecked Sendable {
  /// The value.
  public let value: Value
  /// Wraps `value`.
  public init(_ value: Value) { self.value = value }
}
