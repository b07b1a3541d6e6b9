import CICUShim

/// ICU's break iterator (`ubrk`) for sentences or words, walking UTF-8 through `UText`.
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

  deinit { zt_breaker_close(handle) }

  /// The boundaries of `text` after its start, in order; the last is `text.count`.
  public func boundaries(of text: [Unicode.Scalar]) -> [Boundary] {
    var utf8: [UInt8] = []
    ScalarCoding.encode(text, into: &utf8, rawInvalidBytes: false)
    // Byte offset → scalar offset: each scalar's first byte.
    var scalarAt = [Int](repeating: 0, count: utf8.count + 1)
    var byte = 0
    for (index, scalar) in text.enumerated() {
      let width = ScalarCoding.isInvalidByte(scalar) ? 3 : UTF8.width(scalar)
      for k in 0..<width { scalarAt[byte + k] = index }
      byte += width
    }
    scalarAt[utf8.count] = text.count
    var result: [Boundary] = []
    utf8.withUnsafeBufferPointer { buffer in
      var status: Int32 = 0
      buffer.withMemoryRebound(to: CChar.self) {
        zt_breaker_set_utf8(handle, $0.baseAddress, Int64($0.count), &status)
      }
      guard status <= 0 else { return }
      while true {
        let next = zt_breaker_next(handle)
        if next < 0 { break }
        result.append(Boundary(offset: scalarAt[Int(next)], status: zt_breaker_rule_status(handle)))
      }
    }
    if result.last?.offset != text.count { result.append(Boundary(offset: text.count, status: 0)) }
    return result
  }
}
