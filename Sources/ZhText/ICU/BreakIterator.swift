import CICUShim

/// ICU's break iterator (`ubrk`) for sentences or words.
///
/// Open one per process and point it at each text in turn: opening the Chinese word
/// iterator loads ICU's dictionary (millions of instructions), pointing it costs nothing.
/// Not thread-safe: one iterator serves one caller.
public final class BreakIterator {
  /// What to find boundaries between.
  public enum Kind: Int32, Sendable {
    case word = 1
    case sentence = 3
  }

  /// A boundary: the scalar offset where a piece ends, and ICU's rule status for it.
  public struct Boundary: Equatable, Sendable {
    /// Offset in Unicode scalars.
    public var offset: Int
    /// ICU's rule status (for words: 0–99 none, 100–199 number, 200–299 letter, 300–399
    /// kana, 400–499 ideographic).
    public var status: Int32
  }

  private let handle: OpaquePointer
  /// The kind of boundaries.
  public let kind: Kind

  /// Opens an iterator for `kind` in `locale`.
  public init(kind: Kind, locale: String = "zh") throws(ICUError) {
    var status: Int32 = 0
    guard let handle = zt_breaker_open(kind.rawValue, locale, &status), status <= 0 else {
      throw ICUError(code: status, operation: "ubrk_open")
    }
    self.handle = handle
    self.kind = kind
  }

  private init(handle: OpaquePointer, kind: Kind) {
    self.handle = handle
    self.kind = kind
  }

  /// An independent iterator of the same kind for another thread (ICU shares the rules and
  /// dictionaries; cloning costs far less than opening).
  public func clone() throws(ICUError) -> BreakIterator {
    var status: Int32 = 0
    guard let copy = zt_breaker_clone(handle, &status), status <= 0 else {
      throw ICUError(code: status, operation: "ubrk_clone")
    }
    return BreakIterator(handle: copy, kind: kind)
  }

  deinit { zt_breaker_close(handle) }

  /// The boundaries of `text` after its start, in order; the last is `text.count`.
  public func boundaries(of text: [Unicode.Scalar]) -> [Boundary] {
    let astral = text.contains { $0.value > 0xFFFF }
    // UTF-16 offset → scalar offset, for the text's supplementary characters.
    var scalarAt: [Int] = []
    if astral { scalarAt.reserveCapacity(text.count * 2 + 1) }
    let utf16 = [UInt16](unsafeUninitializedCapacity: text.count * 2) { units, written in
      var n = 0
      for (index, scalar) in text.enumerated() {
        let v = ScalarCoding.isInvalidByte(scalar) ? 0xFFFD : scalar.value
        if v <= 0xFFFF {
          units[n] = UInt16(truncatingIfNeeded: v)
          n += 1
          if astral { scalarAt.append(index) }
        } else {
          units[n] = UInt16(0xD800 + ((v - 0x10000) >> 10))
          units[n + 1] = UInt16(0xDC00 + ((v - 0x10000) & 0x3FF))
          n += 2
          scalarAt.append(index)
          scalarAt.append(index)
        }
      }
      written = n
    }
    if astral { scalarAt.append(text.count) }
    var result: [Boundary] = []
    result.reserveCapacity(kind == .word ? text.count : 4)
    utf16.withUnsafeBufferPointer { buffer in
      var status: Int32 = 0
      zt_breaker_set_utf16(handle, buffer.baseAddress, Int32(buffer.count), &status)
      guard status <= 0 else { return }
      while true {
        let next = zt_breaker_next(handle)
        if next < 0 { break }
        let offset = astral ? scalarAt[Int(next)] : Int(next)
        result.append(Boundary(offset: offset, status: zt_breaker_rule_status(handle)))
      }
    }
    if result.last?.offset != text.count { result.append(Boundary(offset: text.count, status: 0)) }
    return result
  }
}
