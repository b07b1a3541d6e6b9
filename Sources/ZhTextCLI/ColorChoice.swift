import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--color=auto|always|never`: colour only on a terminal by default, never into a pipe,
/// never with `NO_COLOR` set or `TERM=dumb`.
public enum ColorChoice: String, ArgumentChoice, Sendable {
  case auto, always, never

  /// Whether to colour output written to standard output.
  public var enabled: Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
      if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
      return isatty(1) != 0
    }
  }
}
