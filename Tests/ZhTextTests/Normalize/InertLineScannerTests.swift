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
        normalizer.add(text, number: 1) { out.append($0.text) }
        normalizer.finish { out.append($0.text) }
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
