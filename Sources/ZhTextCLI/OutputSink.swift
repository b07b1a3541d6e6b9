#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization

/// Standard output with a large buffer: block-buffered into pipes and files, flushed per
/// output unit on a terminal or with `--line-buffered`. Every write is checked; a failure
/// (a full disk, `> /dev/full`) becomes `WriteError` so the tool can report it and exit 1
/// instead of losing data silently. (A closed pipe ends the process through SIGPIPE, which
/// zhtext leaves at its default so `… | head` ends quietly.)
///
/// Only whole output units reach the descriptor while they keep coming (a unit larger than
/// the buffer is the exception), so when SIGINT or SIGTERM stops a run (`InterruptWatch`)
/// the output ends at a unit boundary.
public final class OutputSink: @unchecked Sendable {
  /// The failure of a write to standard output.
  public struct WriteError: Error {
    /// The `errno` of the failed write.
    public let code: Int32
  }

  private var buffer: [UInt8] = []
  /// Where the last whole unit in `buffer` ends.
  private var unitEnd = 0
  /// Guards the buffer against the interrupt watch's thread.
  private let lock = Mutex(())
  private let capacity = 1 << 16
  private let descriptor: Int32
  /// Flush after every output unit.
  public let lineBuffered: Bool

  /// A sink on `descriptor`; line-buffered when asked or when it is a terminal.
  public init(descriptor: Int32 = 1, lineBuffered: Bool) {
    self.descriptor = descriptor
    self.lineBuffered = lineBuffered || isatty(descriptor) != 0
    buffer.reserveCapacity(capacity + 4096)
    InterruptWatch.start(flushing: self)
  }

  /// Appends bytes, writing out the whole units when the buffer is full.
  public func write(_ bytes: [UInt8]) throws(WriteError) {
    try append { $0.append(contentsOf: bytes) }
  }

  /// Appends through a closure that writes into the buffer directly (no temporary array).
  public func append(_ body: (inout [UInt8]) -> Void) throws(WriteError) {
    try lock.withLock { _ throws(WriteError) in
      body(&buffer)
      if buffer.count >= capacity { try writeOut(upTo: unitEnd > 0 ? unitEnd : buffer.count) }
    }
  }

  /// Marks the end of an output unit (a line, a record): flushed when line-buffered.
  public func endUnit() throws(WriteError) {
    try lock.withLock { _ throws(WriteError) in
      unitEnd = buffer.count
      if lineBuffered { try writeOut(upTo: buffer.count) }
    }
  }

  /// Writes out everything buffered.
  public func flush() throws(WriteError) {
    try lock.withLock { _ throws(WriteError) in try writeOut(upTo: buffer.count) }
  }

  /// Writes out the whole units buffered, for a run that is being stopped; errors are moot.
  func flushWholeUnits() {
    lock.withLock { _ in try? writeOut(upTo: unitEnd) }
  }

  /// Writes `buffer[..<end]` and keeps the rest.
  private func writeOut(upTo end: Int) throws(WriteError) {
    var offset = 0
    defer {
      buffer.removeFirst(offset)
      unitEnd = max(0, unitEnd - offset)
    }
    while offset < end {
      let written = buffer[offset..<end].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw WriteError(code: errno)
      }
      offset += written
    }
  }
}
