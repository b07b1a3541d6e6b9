#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output with a large buffer: block-buffered into pipes and files, flushed per
/// output unit on a terminal or with `--line-buffered`. Every write is checked; a failure
/// (a full disk, `> /dev/full`) becomes `WriteError` so the tool can report it and exit 1
/// instead of losing data silently. (A closed pipe ends the process through SIGPIPE, which
/// zhtext leaves at its default so `… | head` ends quietly.)
public final class OutputSink {
  /// The failure of a write to standard output.
  public struct WriteError: Error {
    /// The `errno` of the failed write.
    public let code: Int32
  }

  private var buffer: [UInt8] = []
  private let capacity = 1 << 16
  private let descriptor: Int32
  /// Flush after every output unit.
  public let lineBuffered: Bool

  /// A sink on `descriptor`; line-buffered when asked or when it is a terminal.
  public init(descriptor: Int32 = 1, lineBuffered: Bool) {
    self.descriptor = descriptor
    self.lineBuffered = lineBuffered || isatty(descriptor) != 0
    buffer.reserveCapacity(capacity + 4096)
  }

  /// Appends bytes, writing out when the buffer is full.
  public func write(_ bytes: [UInt8]) throws(WriteError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { try flush() }
  }

  /// Appends through a closure that writes into the buffer directly (no temporary array).
  public func append(_ body: (inout [UInt8]) -> Void) throws(WriteError) {
    body(&buffer)
    if buffer.count >= capacity { try flush() }
  }

  /// Marks the end of an output unit (a line, a record): flushed when line-buffered.
  public func endUnit() throws(WriteError) {
    if lineBuffered { try flush() }
  }

  /// Writes out everything buffered.
  public func flush() throws(WriteError) {
    var offset = 0
    defer { buffer.removeAll(keepingCapacity: true) }
    while offset < buffer.count {
      let written = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw WriteError(code: errno)
      }
      offset += written
    }
  }
}
