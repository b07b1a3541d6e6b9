import Foundation
import Testing
import ZhText
import ZhTextFuzzing

/// Replays every input saved under `Tests/Fuzz/TARGET/` (what scripts/fuzz once found) and the
/// seeds through each fuzz target: none may crash or break a promise the target checks.
@Suite struct FuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The saved inputs of `target`, and the seeds (as records for the records target).
  static func inputs(for target: FuzzTarget) throws -> [(name: String, bytes: [UInt8])] {
    var inputs: [(name: String, bytes: [UInt8])] = []
    let saved = root.appendingPathComponent("Tests/Fuzz/\(target.rawValue)")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: saved.path))?.sorted() ?? [] {
      inputs.append((name, Array(try Data(contentsOf: saved.appendingPathComponent(name)))))
    }
    let seeds = root.appendingPathComponent("seeds")
    for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
      let bytes = Array(try Data(contentsOf: seeds.appendingPathComponent(name)))
      guard target == .records else {
        inputs.append((name, bytes))
        continue
      }
      for (number, line) in bytes.split(separator: 0x0A).prefix(50).enumerated() {
        var record = JSONRecord()
        record.set("text", string: ScalarCoding.decode(Array(line)))
        var encoded: [UInt8] = []
        record.encode(into: &encoded)
        inputs.append(("\(name):\(number + 1)", Array(encoded.dropLast())))
      }
    }
    return inputs
  }

  @Test(arguments: FuzzTarget.allCases)
  func savedInputsAndSeedsKeepEveryPromise(_ target: FuzzTarget) throws {
    let inputs = try Self.inputs(for: target)
    #expect(inputs.count >= 5)
    for input in inputs {
      let broken = target.run(input.bytes)
      #expect(broken.isEmpty, "\(target.rawValue) \(input.name): \(broken)")
    }
  }
}
