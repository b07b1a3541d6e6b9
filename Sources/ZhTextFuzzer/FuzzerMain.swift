import ZhTextFuzzing

#if canImport(Glibc)
  import Glibc
#endif
#if FUZZING
  import CFuzzerDriver
#endif

/// `ZhTextFuzzer TARGET ARGUMENTS…`: runs one `FuzzTarget`.
///
/// Built with `-sanitize=fuzzer,address -DFUZZING` (see `scripts/fuzz`), the arguments after
/// the target are libFuzzer's (options, corpus directories); otherwise they are files, each
/// replayed once, so that a saved input can be tried on an ordinary build. A broken promise
/// is printed and stops the process with SIGABRT, as a crash would.
@main
enum FuzzerMain {
  /// The target of this run (libFuzzer's callback is a C function and captures nothing).
  nonisolated(unsafe) static var target = FuzzTarget.normalize

  static func main() {
    var arguments = CommandLine.arguments
    guard arguments.count >= 2, let chosen = FuzzTarget(rawValue: arguments[1]) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
      complain("usage: ZhTextFuzzer \(names) [libFuzzer options | files]...\n")
      exit(2)
    }
    target = chosen
    arguments.remove(at: 1)
    #if FUZZING
      var argc = CInt(arguments.count)
      var cStrings = arguments.map { strdup($0) } + [nil]
      cStrings.withUnsafeMutableBufferPointer { buffer in
        var argv = buffer.baseAddress
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
          FuzzerMain.runOnce(UnsafeRawBufferPointer(start: data, count: size))
          return 0
        })
      }
    #else
      for path in arguments.dropFirst() {
        guard let bytes = readFile(path) else {
          complain("ZhTextFuzzer: \(path): \(String(cString: strerror(errno)))\n")
          exit(1)
        }
        bytes.withUnsafeBytes { runOnce($0) }
      }
    #endif
  }

  /// Runs the target on one input; aborts on a broken promise.
  static func runOnce(_ bytes: UnsafeRawBufferPointer) {
    let broken = target.run(bytes)
    guard broken.isEmpty else {
      complain("ZhTextFuzzer: \(target.rawValue): \(broken.joined(separator: "; "))\n")
      abort()
    }
  }

  /// Writes `message` to standard error.
  static func complain(_ message: String) {
    var bytes = Array(message.utf8)
    _ = write(2, &bytes, bytes.count)
  }

  /// The whole content of the file at `path`.
  static func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      bytes += chunk[..<count]
      if count < chunk.count { return ferror(file) == 0 ? bytes : nil }
    }
  }
}
