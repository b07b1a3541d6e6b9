#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    split(chunk, offers: false, claim: { _ in LineRun.none }, emit)
  }

  /// Feeds the next chunk, first offering `claim` the rest of the chunk wherever a line
  /// starts in it: the whole lines it returns as taken (each with its line end; a CR that
  /// ends the chunk is never taken, since its LF may follow) are not reported, and splitting
  /// goes on after them. Lines that began in an earlier chunk, and a line after a CR that
  /// ended a chunk, are never offered.
  public mutating func feed(
    _ chunk: UnsafeBufferPointer<UInt8>, claim: (UnsafeBufferPointer<UInt8>) -> LineRun,
    _ emit: (Event) -> Void
  ) {
    split(chunk, offers: true, claim: claim, emit)
  }

  private mutating func split(
    _ chunk: UnsafeBufferPointer<UInt8>, offers: Bool, claim: (UnsafeBufferPointer<UInt8>) -> LineRun,
    _ emit: (Event) -> Void
  ) {
    guard let base = chunk.baseAddress else { return }
    var start = 0
    let count = chunk.count
    while start < count {
      // Only an LF right after a CR needs the CR remembered.
      if afterCR && base[start] != 0x0A { afterCR = false }
      if offers, pending.isEmpty, !afterCR {
        start += claim(UnsafeBufferPointer(rebasing: chunk[start..<count])).length
        if start == count { break }
      }
      guard let index = nextBreak(base, from: start, count: count) else { break }
      let byte = base[index]
      if byte == 0x0A && afterCR && index == start && pending.isEmpty {
        // The LF of a CRLF whose CR ended the previous line.
        afterCR = false
        start = index + 1
        continue
      }
      emitLine(UnsafeBufferPointer(rebasing: chunk[start..<index]), terminated: byte != 0, emit)
      afterCR = byte == 0x0D
      if byte == 0 { emit(.documentEnd) }
      start = index + 1
    }
    if start < count {
      afterCR = false
      pending.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<count]))
    }
  }

  /// The offset of the next LF, CR (or NUL when `nulSeparated`) at or after `start`.
  private func nextBreak(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
    Self.nextBreak(base, from: start, count: count, nulSeparated: nulSeparated)
  }

  /// The offset of the next LF, CR (or NUL when `nulSeparated`) at or after `start`: `memchr`
  /// finds the LF, then the bytes before it are searched for the rarer CR and NUL.
  private static func nextBreak(_ base: UnsafePointer<UInt8>, from start: Int, count: Int, nulSeparated: Bool) -> Int? {
    func offset(_ byte: Int32, before end: Int) -> Int? {
      memchr(base + start, byte, end - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
    }
    var end = offset(0x0A, before: count) ?? count
    if let cr = offset(0x0D, before: end) { end = cr }
    if nulSeparated, let nul = offset(0, before: end) { end = nul }
    return end < count ? end : nil
  }

  /// The whole line at `start` in `bytes`, for a reader that claims lines
  /// (`feed(_:claim:_:)`): where its text ends and where the next line starts, past its LF,
  /// CRLF or CR. Nil when the buffer ends first, or right after a CR (its LF may follow),
  /// or when a NUL ends the document first under `nulSeparated`.
  public static func wholeLine(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, nulSeparated: Bool
  ) -> (end: Int, next: Int)? {
    guard let base = bytes.baseAddress,
      let end = nextBreak(base, from: start, count: bytes.count, nulSeparated: nulSeparated)
    else { return nil }
    switch base[end] {
    case 0x0A: return (end, end + 1)
    case 0x0D:
      guard end + 1 < bytes.count else { return nil }
      return (end, base[end + 1] == 0x0A ? end + 2 : end + 1)
    default: return nil  // a NUL
    }
  }

  /// Appends the lines in `run` (whole lines each ended by LF, CRLF or CR) to `out`, with
  /// one LF between lines and none after the last.
  public static func appendLines(_ run: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    guard let base = run.baseAddress else { return }
    var end = run.count
    if end > 0 && base[end - 1] == 0x0A { end -= 1 }
    if end > 0 && base[end - 1] == 0x0D { end -= 1 }
    var start = 0
    while let found = memchr(base + start, 0x0D, end - start) {
      let cr = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: cr - start))
      // A CRLF keeps its LF, which starts the next piece; a lone CR becomes one.
      if cr + 1 == end || base[cr + 1] != 0x0A { out.append(0x0A) }
      start = cr + 1
    }
    out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
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
