import CICUShim

/// Unicode normalization (NFC or NFKC) through ICU's `unorm2`.
///
/// ICU owns the normalizer instances; they are looked up once per process. Text is handed
/// to ICU as UTF-16 only when a cheap scan finds a character that normalization could
/// change, so ordinary Chinese text never leaves Swift.
/// ICU documents its normalizer instances as immutable and safe to share between threads.
public struct UnicodeNormalizer: @unchecked Sendable {
  /// The normalization forms zhtext offers.
  public enum Form: Int32, Sendable {
    /// Canonical composition: changes no visible character of well-formed text.
    case nfc = 0
    /// Compatibility composition: folds full-width forms and more (lossy for Chinese).
    case nfkc = 1
  }

  private let handle: UnsafeRawPointer
  /// The form this normalizer produces.
  public let form: Form

  /// The process-wide normalizer for `form`.
  public static let nfc = UnicodeNormalizer(form: .nfc)
  /// The process-wide compatibility normalizer.
  public static let nfkc = UnicodeNormalizer(form: .nfkc)

  /// Looks the instance up; ICU ships these forms in its base data, so a failure means a
  /// broken ICU installation, which no input can recover from.
  private init(form: Form) {
    var status: Int32 = 0
    let pointer = zt_normalizer_get(form.rawValue, &status)
    guard status <= 0, let pointer else {
      preconditionFailure("\(ICUError(code: status, operation: "unorm2 instance \(form)"))")
    }
    self.handle = UnsafeRawPointer(pointer)
    self.form = form
  }

  /// `text` normalized; the same array when it already is.
  public func normalize(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard form == .nfkc || text.contains(where: { !Self.isNFCStable($0) }) else { return text }
    var utf16: [UInt16] = []
    utf16.reserveCapacity(text.count + 8)
    for scalar in text { utf16.append(contentsOf: scalar.utf16) }
    let opaque = OpaquePointer(handle)
    var status: Int32 = 0
    let already = utf16.withUnsafeBufferPointer {
      zt_is_normalized(opaque, $0.baseAddress, Int32($0.count), &status)
    }
    if status <= 0 && already != 0 { return text }
    var capacity = utf16.count * 2 + 16
    while true {
      var out = [UInt16](repeating: 0, count: capacity)
      status = 0
      let length = utf16.withUnsafeBufferPointer { src in
        out.withUnsafeMutableBufferPointer { dst in
          zt_normalize(opaque, src.baseAddress, Int32(src.count), dst.baseAddress,
                       Int32(dst.count), &status)
        }
      }
      if status == 15 {  // U_BUFFER_OVERFLOW_ERROR
        capacity = Int(length) + 16
        continue
      }
      // ICU fails only on malformed UTF-16, which Swift scalars cannot produce.
      guard status <= 0 else { return text }
      return Array(String(decoding: out[0..<Int(length)], as: UTF16.self).unicodeScalars)
    }
  }

  /// True for characters that NFC never changes and that never combine with a neighbour:
  /// ASCII and Latin-1, general punctuation, CJK symbols, kana (except the combining voicing
  /// marks), the CJK unified ideographs and the full-width forms. A conservative filter:
  /// anything else is handed to ICU.
  @inline(__always)
  static func isNFCStable(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x300 { return true }
    if v >= 0x3000 && v <= 0x9FFF { return v != 0x3099 && v != 0x309A }
    if v >= 0x2010 && v <= 0x20CF { return true }
    if v >= 0x2100 && v <= 0x2FFF { return true }
    if v >= 0xFF00 && v <= 0xFFEF { return true }
    return v >= 0x20000 && v <= 0x2F7FF
  }
}
