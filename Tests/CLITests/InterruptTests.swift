import Foundation
import Testing

/// SIGINT and SIGTERM in mid-stream: the output so far ends at a whole unit, the status is
/// 128 + the signal.
@Suite struct InterruptTests {
  /// Starts `tool`, feeds it `input` without closing its standard input, sends `signal`
  /// once it has had time to work, and returns its status and output.
  func interrupt(_ tool: String, _ arguments: [String], input: Data, signal: Int32) throws -> (Int32, Data) {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("interrupt-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: output.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: output.path])
    }
    defer { try? FileManager.default.removeItem(at: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Tool(name: tool).path)
    process.arguments = arguments
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = try FileHandle(forWritingTo: output)
    try process.run()
    let writer = Thread { stdin.fileHandleForWriting.write(input) }
    writer.start()
    Thread.sleep(forTimeInterval: 1.5)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    try? stdin.fileHandleForWriting.close()
    return (process.terminationStatus, try Data(contentsOf: output))
  }

  @Test(arguments: [("segment", ["--format", "jsonl"], SIGINT, Int32(130)),
                    ("extract-numbers", ["--format", "tsv"], SIGTERM, Int32(143)),
                    ("tag-sections", ["--format", "jsonl"], SIGINT, Int32(130))])
  func outputEndsAtAWholeUnit(_ tool: String, _ arguments: [String], _ signal: Int32, _ status: Int32) throws {
    let line = "据统计，全市共有两千多名学生参加了比赛，同比增长5.4%。\n\n"
    let input = Data(String(repeating: line, count: 4000).utf8)
    let (code, output) = try interrupt(tool, arguments, input: input, signal: signal)
    #expect(code == status)
    // Everything written is whole lines of what an uninterrupted run writes for that input.
    let complete = try Tool(name: tool).run(arguments, input: input).stdout
    #expect(!output.isEmpty && output.last == 0x0A)
    #expect(complete.starts(with: output))
  }
}
