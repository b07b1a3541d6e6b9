import Dispatch
import Testing
import ZhTextCLI

@Suite struct OutputStageTests {
  /// A value a finished piece hands back can be taken back once, by its type, to be reused.
  @Test func reclaimsWhatAFinishedPieceHandsBack() throws {
    let stage = OutputStage(depth: 2)
    let secondRan = DispatchSemaphore(value: 0)
    // The first piece finishes only after the second is submitted: a submit releases what
    // finished before it.
    let secondSubmitted = DispatchSemaphore(value: 0)
    try stage.submit { () throws(OutputSink.WriteError) in
      secondSubmitted.wait()
      return [UInt8](repeating: 7, count: 3)
    }
    // Pieces run in order: once the second runs, the first's value has been handed back.
    try stage.submit { () throws(OutputSink.WriteError) in
      secondRan.signal()
      return 0
    }
    secondSubmitted.signal()
    secondRan.wait()
    #expect(stage.reclaim(String.self) == nil)
    #expect(stage.reclaim([UInt8].self) == [7, 7, 7])
    #expect(stage.reclaim([UInt8].self) == nil)
    try stage.drain()
  }
}
