import Testing

@testable import ZhText

/// Options under which normalize can pass lines through from their bytes.
private let lineOptions: [(name: String, options: NormalizeOptions)] = {
  func options(_ change: (inout NormalizeOptions) -> Void) -> NormalizeOptions {
    var options = NormalizeOptions()
    options.rules.subtract(RuleID.layout)
    change(&options)
    return options
  }
  return [
    ("--no-reflow", options { _ in }),
    ("--t2s off", options { $0.traditional = .off }),
    ("--cjk-dash --tilde", options { $0.rules.formUnion([.dash, .tilde]) }),
    ("--disable encoding,nfc,doubled,space", options { $0.rules.subtract([.encoding, .nfc, .doubled, .space]) }),
  ]
}()

private func utf8(_ text: [Unicode.Scalar]) -> [UInt8] {
  var bytes: [UInt8] = []
  ScalarCoding.encode(text, into: &bytes, rawInvalidBytes: true)
  return bytes
}

private func isInert(_ bytes: [UInt8], _ scanner: InertLineScanner) -> Bool {
  bytes.withUnsafeBufferPointer { scanner.isInert($0) }
}

@Suite struct InertLineScannerTests {
  /// The scanner's promise, for every BMP character alone, twice, and between digits, Han
  /// characters and Latin letters: a line it calls inert comes out of normalize unchanged.
  @Test(arguments: lineOptions.indices)
  func inertLinesComeOutUnchanged(_ index: Int) throws {
    let (name, options) = lineOptions[index]
    let scanner = try #require(InertLineScanner(options: options))
    var broken: [String] = []
    var inertCount = 0
    for v in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(v) else { continue }
      for text: [Unicode.Scalar] in [[c], ["5", c, "4"], ["中", c, "文"], ["a", c, "b"], [c, c], ["北", "京", c, "北", "京", c]] {
        guard isInert(utf8(text), scanner) else { continue }
        inertCount += 1
        var normalizer = DocumentNormalizer(options: options, reporting: false)
        var out: [[Unicode.Scalar]] = []
        normalizer.add(text, number: 1) { out.append($0.paragraph.text) }
        normalizer.finish { out.append($0.paragraph.text) }
        if out != [text] { broken.append("\(name): U+\(String(v, radix: 16, uppercase: true)) in \(text.string) → \(out.map(\.string))") }
      }
    }
    #expect(broken.isEmpty, "\(broken.prefix(20))")
    #expect(inertCount > 100_000, "most characters are inert: \(inertCount)")
  }

  @Test func ordinaryChineseLinesAreInert() throws {
    let scanner = try #require(InertLineScanner(options: lineOptions[0].options))
    for line in ["共建国家发挥各自优势，不断拓展合作领域、创新合作模式。", "“健康丝绸之路”建设取得积极进展", "", "2023年"] {
      #expect(isInert(Array(line.utf8), scanner), "\(line)")
    }
  }

  /// Each character or form that some rule changes, and bytes that are not valid UTF-8,
  /// keep a line from being passed through.
  @Test func linesARuleChangesAreNotInert() throws {
    let scanner = try #require(InertLineScanner(options: lineOptions[0].options))
    let changed = [
      "中 文", "增长１２％", "（一）总体要求", "a(b)", "说:", "\u{200B}零宽", "\u{FEFF}开头", "页\u{0C}脚",
      "⻓江", "體育", "北京北京：：会议会议", "𠀀字", "\u{F900}兼容",
    ]
    for line in changed { #expect(!isInert(Array(line.utf8), scanner), "\(line)") }
    let invalid: [[UInt8]] = [[0xE4, 0xB8], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0x80], [0xFF], [0xF0, 0x9F, 0x98, 0x80]]
    for bytes in invalid { #expect(!isInert(bytes, scanner), "\(bytes)") }
  }

  @Test func notMadeWhenLayoutOrWholeTextRulesRun() {
    #expect(InertLineScanner(options: NormalizeOptions()) == nil)
    for rule in [RuleID.nfkc, .pangu] {
      var options = lineOptions[0].options
      options.rules.insert(rule)
      #expect(InertLineScanner(options: options) == nil, "\(rule)")
    }
  }
}

@Suite struct InertLineRunTests {
  private let scanner = InertLineScanner(options: lineOptions[0].options)!

  private func run(_ bytes: [UInt8]) -> LineRun {
    bytes.withUnsafeBufferPointer { scanner.inertLines($0) }
  }

  @Test func runsTakeWholeLinesWithEveryLineEnd() {
    #expect(run(Array("甲\n乙\r\n丙\r丁".utf8)) == LineRun(length: 13, lines: 3, refusesNext: false))
    #expect(run(Array("甲\n\n".utf8)) == LineRun(length: 5, lines: 2, refusesNext: false))
    #expect(run(Array("中 文\n甲\n".utf8)) == LineRun(length: 0, lines: 0, refusesNext: true))
    #expect(run([]) == LineRun.none)
  }

  /// The run stops before a line that some rule changes, or that is a doubled line, and
  /// says so; where the buffer's end or a NUL leaves the next line undecided, it does not.
  @Test func runsTellRefusedFromUndecided() {
    #expect(run(Array("甲\n中 文\n".utf8)) == LineRun(length: 4, lines: 1, refusesNext: true))
    #expect(run(Array("甲\n北京北京：：会议会议\n".utf8)).refusesNext)
    #expect(run(Array("甲\n北京北京：：会议会议\n".utf8)).lines == 1)
    let undecided: [[UInt8]] = [
      Array("甲\n乙".utf8), Array("甲\n乙\r".utf8), Array("甲\n".utf8) + [0xE4, 0xB8], Array("甲\n".utf8) + [0xC2],
      Array("甲\n乙".utf8) + [0, 0x0A],
    ]
    for bytes in undecided { #expect(run(bytes) == LineRun(length: 4, lines: 1, refusesNext: false), "\(bytes)") }
  }

  /// Lines split with the scanner claiming runs, the runs' lines put back in order
  /// (`LineSplitter.appendLines`), are the lines split without it, at every chunk size.
  @Test(arguments: Array(1...24) + [4096])
  func claimedRunsAreTheSplittersLines(chunk: Int) {
    let text = "甲乙\r\n丙\r\r\n中 文\n\n丁\r戊\n己 庚\r\n辛\n壬"
    let bytes = Array(String(repeating: text, count: 3).utf8)
    var expected: [String] = []
    var plain = LineSplitter(nulSeparated: false)
    var claimed: [String] = []
    var claiming = LineSplitter(nulSeparated: false)
    var runs = 0
    for start in stride(from: 0, to: bytes.count, by: chunk) {
      bytes[start..<min(bytes.count, start + chunk)].withUnsafeBufferPointer { piece in
        plain.feed(piece) { if case .line(let line, _) = $0 { expected.append(String(decoding: line, as: UTF8.self)) } }
        claiming.feed(piece, claim: { rest in
          let run = scanner.inertLines(rest)
          if run.lines > 0 {
            runs += 1
            var out: [UInt8] = []
            LineSplitter.appendLines(UnsafeBufferPointer(rebasing: rest[0..<run.length]), to: &out)
            claimed += out.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
          }
          return run
        }) { if case .line(let line, _) = $0 { claimed.append(String(decoding: line, as: UTF8.self)) } }
      }
    }
    plain.finish { if case .line(let line, _) = $0 { expected.append(String(decoding: line, as: UTF8.self)) } }
    claiming.finish { if case .line(let line, _) = $0 { claimed.append(String(decoding: line, as: UTF8.self)) } }
    #expect(claimed == expected)
    #expect(expected.count == 3 * 10 - 2)
    #expect(chunk < 12 || runs >= 3, "runs: \(runs)")
  }

  @Test func appendedLinesAreSeparatedByOneLF() {
    var out: [UInt8] = []
    Array("a\r\nb\rc\n\r\rd\r\n".utf8).withUnsafeBufferPointer { LineSplitter.appendLines($0, to: &out) }
    #expect(String(decoding: out, as: UTF8.self) == "a\nb\nc\n\n\nd")
    out = []
    Array("整行".utf8).withUnsafeBufferPointer { LineSplitter.appendLines($0, to: &out) }
    #expect(String(decoding: out, as: UTF8.self) == "整行")
  }
}
