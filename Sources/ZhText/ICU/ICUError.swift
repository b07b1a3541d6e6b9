/// A failure reported by ICU through its `UErrorCode`.
///
/// `code` is ICU's numeric error code as defined in `utypes.h` (for example 15 is
/// `U_BUFFER_OVERFLOW_ERROR`); zhtext treats any positive code as a failure.
public struct ICUError: Error, CustomStringConvertible, Equatable, Sendable {
  /// ICU's `UErrorCode` value.
  public let code: Int32

  /// What the ICU call was doing when it failed.
  public let operation: String

  public var description: String { "ICU error \(code) in \(operation)" }

}
