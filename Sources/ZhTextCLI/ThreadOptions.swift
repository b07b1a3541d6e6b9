import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--threads N`: how many threads a tool uses (see `LineRenderer` and `OutputStage`).
public struct ThreadOptions: ParsableArguments {
  @Option(name: .customLong("threads"),
          help: ArgumentHelp("Threads to use (default: the online CPUs, at most 8); the output is the same for any N.", valueName: "N"))
  public var threads: Int?

  public init() {}

  public func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads takes a number of threads, 1 or more") }
  }

  /// The number of threads to use.
  public var count: Int { threads ?? min(8, max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
