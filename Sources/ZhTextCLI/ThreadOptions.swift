import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--threads N`: the worker threads of tools whose lines are independent.
public struct ThreadOptions: ParsableArguments {
  @Option(name: .customLong("threads"),
          help: ArgumentHelp("Worker threads for independent lines (default: the online CPUs, at most 8).", valueName: "N"))
  public var threads: Int?

  public init() {}

  public func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads takes a number of threads, 1 or more") }
  }

  /// The number of workers to use.
  public var count: Int { threads ?? min(8, max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
