import Glibc

/// `--progress`: bytes read of the total, rate and time left, redrawn on standard error at
/// most five times a second while it is a terminal; silent when it is not (a log, a pipe),
/// so scripts can pass the flag unconditionally. The line is erased at the end.
public final class ProgressMeter {
  private let active: Bool
  /// The input's size, when every operand is a regular file.
  private let total: Int?
  private var done = 0
  private let started: Double
  /// When the next redraw is due (the first after a fifth of a second, so quick runs show
  /// nothing), and whether one was drawn.
  private var due: Double
  private var drawn = false

  /// A meter for reading `operands` (`-` is standard input); inactive unless `enabled` and
  /// standard error is a terminal.
  public init(enabled: Bool, operands: [String]) {
    active = enabled && isatty(2) != 0
    var sum: Int? = 0
    for operand in operands where sum != nil {
      var info = stat()
      let known = operand == "-" ? fstat(0, &info) == 0 : stat(operand, &info) == 0
      sum = known && (info.st_mode & S_IFMT) == S_IFREG ? sum! + Int(info.st_size) : nil
    }
    total = sum
    started = Self.now()
    due = started + 0.2
  }

  /// Counts `bytes` more read, and redraws when it is time.
  public func advance(by bytes: Int) {
    guard active else { return }
    done += bytes
    let now = Self.now()
    guard now >= due else { return }
    due = now + 0.2
    drawn = true
    let text = "\r" + Self.line(tool: Diagnostics.toolName, done: done, total: total, seconds: now - started) + "\u{1B}[K"
    Diagnostics.writeRaw(Array(text.utf8))
  }

  /// Erases the line, if one was drawn.
  public func finish() {
    guard active, drawn else { return }
    Diagnostics.writeRaw(Array("\r\u{1B}[K".utf8))
  }

  /// The meter's text: `segment: 12.0 MB of 48.0 MB (25%), 6.0 MB/s, 0:06 left`, or without
  /// the total and time left when the size is unknown.
  public static func line(tool: String, done: Int, total: Int?, seconds: Double) -> String {
    let rate = seconds > 0 ? Double(done) / seconds : 0
    var text = "\(tool): \(megabytes(done))"
    if let total, total > 0 {
      text += " of \(megabytes(total)) (\(min(100, done * 100 / total))%)"
    }
    text += ", \(megabytes(Int(rate)))/s"
    if let total, rate > 0 {
      let left = Int((Double(max(0, total - done)) / rate).rounded())
      text += ", \(left / 3600 > 0 ? "\(left / 3600):" : "")\(clock(left % 3600 / 60, left / 3600 > 0)):\(clock(left % 60, true)) left"
    }
    return text
  }

  private static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10) MB"
  }

  private static func clock(_ value: Int, _ padded: Bool) -> String {
    padded && value < 10 ? "0\(value)" : "\(value)"
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
