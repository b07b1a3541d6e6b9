/// Whole lines at the start of a buffer, each with its line end (LF, CRLF or CR), that a
/// reader has taken together (see `LineSplitter.feed(_:claim:_:)`).
public struct LineRun: Sendable, Equatable {
  /// The run's bytes, its last line end included (0: no line was taken).
  public var length: Int
  /// How many lines it holds.
  public var lines: Int
  /// True when the line after the run is known not to qualify, so that it need not be
  /// examined again; false when the run stopped where that could not yet be told (the
  /// buffer ended, or a NUL came).
  public var refusesNext: Bool

  /// No line taken, and nothing known about the next.
  public static let none = LineRun(length: 0, lines: 0, refusesNext: false)

  /// A run.
  public init(length: Int, lines: Int, refusesNext: Bool) {
    self.length = length
    self.lines = lines
    self.refusesNext = refusesNext
  }
}
