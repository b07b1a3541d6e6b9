/// Splits a byte stream into lines and documents, without decoding and without a length
/// limit.
///
/// Line ends are LF, CRLF and lone CR (the CR is never part of a line). With
/// `nulSeparated`, a NUL byte ends a document; otherwise NUL is ordinary data. Bytes are fed
/// in chunks of any size; a line that spans chunks is assembled in an internal buffer, so
/// memory is proportional to the longest line, never to the input.
public struct LineSplitter {
  /// Whether NUL separates documents (`-z`).
  public let nulSeparated: Bool
  private var pending: [UInt8] = []
  private var afterCR = false

  /// A splitter; `nulSeparated` makes NUL a document separator.
  public init(nulSeparated: Bool) { self.nulSeparated = nulSeparated }

  /// What the splitter reports.
  public enum Event {
    /// One line's bytes (valid only during the callback) and whether a line break ended it.
    case line(UnsafeBufferPointer<UInt8>, terminated: Bool)
    /// A NUL ended the current document (only with `nulSeparated`).
    case documentEnd
  }

  /// Feeds the next chunk, reporting every line it completes.
  public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ emit: (Event) -> Void) {
    var start = 0
    var index = 0
    let count = chunk.count
    while index < count {
      let byte = chunk[index]
      if byte == 0x0A || byte == 0x0D || (byte == 0 && nulSeparated) {
        if byte == 0x0A && afterCR && index == start && pending.isEmpty {
          // The LF of a CRLF whose CR ended the previous line.
          afterCR = false
          index += 1
          start = index
          continue
        }
        emitLine(UnsafeBufferPointer(rebasing: chunk[start..<index]), terminated: byte != 0, emit)
        afterCR = byte == 0x0D
        if byte == 0 {
          emit(.documentEnd)
        }
        index += 1
        start = index
        continue
      }
      afterCR = false
      index += 1
    }
    if start < count {
      pending.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<count]))
    }
  }

  /// Ends the input: reports the unterminated last line, if any.
  public mutating func finish(_ emit: (Event) -> Void) {
    if !pending.isEmpty {
      let line = pending
      pending.removeAll()
      line.withUnsafeBufferPointer { emit(.line($0, terminated: false)) }
    }
    afterCR = false
  }

  private mutating func emitLine(
    _ tail: UnsafeBufferPointer<UInt8>, terminated: Bool, _ emit: (Event) -> Void
  ) {
    if pending.isEmpty {
      if terminated || tail.count > 0 { emit(.line(tail, terminated: terminated)) }
    } else {
      pending.append(contentsOf: tail)
      let line = pending
      pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20)
      line.withUnsafeBufferPointer { emit(.line($0, terminated: terminated)) }
    }
  }
}
