import Dispatch
import ZhText

/// The text lines of one input chunk, copied out of the read buffer so that several
/// threads can decode and render them at once (see `LineRenderer`).
struct LineBatch {
  /// The lines' bytes, one after another.
  private var bytes: [UInt8] = []
  /// Each line: where its bytes start, how many, its number and whether a break ended it.
  private var lines: [(start: Int, count: Int, number: Int, terminated: Bool)] = []

  /// Lines per worker below which threads cost more than they save.
  private static let linesPerWorker = 256

  var isEmpty: Bool { lines.isEmpty }

  mutating func append(_ line: UnsafeBufferPointer<UInt8>, number: Int, terminated: Bool) {
    lines.append((bytes.count, line.count, number, terminated))
    bytes.append(contentsOf: line)
  }

  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    lines.removeAll(keepingCapacity: true)
  }

  /// The lines of part `part` of `parts`: consecutive, with about as many bytes in each
  /// part (bytes, not lines, are what rendering time follows).
  private func lines(ofPart part: Int, of parts: Int) -> Range<Int> {
    func boundary(_ k: Int) -> Int {
      if k == 0 { return 0 }
      if k == parts { return lines.count }
      let target = bytes.count * k / parts
      var low = 0
      var high = lines.count
      while low < high {
        let mid = (low + high) / 2
        if lines[mid].start < target { low = mid + 1 } else { high = mid }
      }
      return low
    }
    return boundary(part)..<max(boundary(part), boundary(part + 1))
  }

  /// What rendering produced: each worker's output, in input order, and the number of the
  /// first line with invalid UTF-8.
  struct Result {
    var outputs: [[UInt8]]
    var firstInvalidLine: Int?
  }

  /// Renders every line with `renderer`, splitting the lines into consecutive parts of
  /// about equal size, one per worker.
  func render(with renderer: LineRenderer) -> Result {
    let parts = renderer.prepareWorkers(max(1, min(renderer.workers, lines.count / Self.linesPerWorker)))
    var outputs = [[UInt8]](repeating: [], count: parts)
    var invalid = [Int?](repeating: nil, count: parts)
    outputs.withUnsafeMutableBufferPointer { outputs in
      invalid.withUnsafeMutableBufferPointer { invalid in
        let job = Job(batch: self, renderer: renderer, parts: parts, outputs: outputs, invalid: invalid)
        if parts == 1 {
          job.run(part: 0)
        } else {
          DispatchQueue.concurrentPerform(iterations: parts) { job.run(part: $0) }
        }
      }
    }
    return Result(outputs: outputs, firstInvalidLine: invalid.lazy.compactMap { $0 }.first)
  }

  /// One rendering pass shared by the workers: each writes only its own slots of
  /// `outputs` and `invalid`, and only reads the batch and the renderer.
  private struct Job: @unchecked Sendable {
    let batch: LineBatch
    let renderer: LineRenderer
    let parts: Int
    let outputs: UnsafeMutableBufferPointer<[UInt8]>
    let invalid: UnsafeMutableBufferPointer<Int?>

    func run(part: Int) {
      let range = batch.lines(ofPart: part, of: parts)
      var out: [UInt8] = []
      out.reserveCapacity(batch.bytes.count / parts * 2)
      var text: [Unicode.Scalar] = []
      batch.bytes.withUnsafeBufferPointer { bytes in
        for entry in batch.lines[range] {
          text.removeAll(keepingCapacity: true)
          let line = UnsafeBufferPointer(rebasing: bytes[entry.start..<(entry.start + entry.count)])
          if ScalarCoding.decode(line, into: &text) != nil && invalid[part] == nil {
            invalid[part] = entry.number
          }
          renderer.render(InputLine(text: text, number: entry.number, terminated: entry.terminated), into: &out, worker: part)
        }
      }
      outputs[part] = out
    }
  }
}
