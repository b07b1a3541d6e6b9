import Dispatch
import Glibc

/// What SIGINT and SIGTERM do to a running tool: the output written so far is completed up
/// to its last whole unit (a line, a record) and the tool exits 130 or 143 (128 + the
/// signal), so an interrupted batch leaves output that can be trusted as far as it goes.
///
/// The signal handler only writes the signal's number into a pipe; a thread waiting on the
/// pipe does the rest, outside signal context.
enum InterruptWatch {
  /// The pipe's write end, for the handler (a C function cannot capture it).
  nonisolated(unsafe) private static var pipeWriteEnd: Int32 = -1
  nonisolated(unsafe) private static var started = false

  /// Starts watching, once per process, on behalf of `sink`.
  static func start(flushing sink: OutputSink) {
    guard !started else { return }
    started = true
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return }  // without a pipe the default actions stay
    pipeWriteEnd = ends[1]
    let readEnd = ends[0]
    // A thread of its own that waits on the pipe for the whole run.
    DispatchQueue(label: "zhtext.interrupt-watch").async {
      var number: UInt8 = 0
      while read(readEnd, &number, 1) < 0 && errno == EINTR {}
      sink.flushWholeUnits()
      _exit(128 + Int32(number))
    }
    for signal in [SIGINT, SIGTERM] {
      // A signal ignored on entry (a background job of a script, nohup) stays ignored.
      var previous = sigaction()
      sigaction(signal, nil, &previous)
      if unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(InterruptWatch.pipeWriteEnd, &byte, 1)
      }
      sigemptyset(&action.sa_mask)
      sigaction(signal, &action, nil)
      // A mask inherited blocked (some launchers block everything) would hold the signal back.
      var unblock = sigset_t()
      sigemptyset(&unblock)
      sigaddset(&unblock, signal)
      pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }
  }
}
