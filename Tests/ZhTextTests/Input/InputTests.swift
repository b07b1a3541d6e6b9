import Testing

@testable import ZhText

/// Splits `bytes` fed in chunks of `chunk` bytes; lines as strings, "<EOD>" for document ends.
func split(_ bytes: [UInt8], chunk: Int, nul: Bool = false) -> [String] {
  var splitter = LineSplitter(nulSeparated: nul)
  var out: [String] = []
  let record: (LineSplitter.Event) -> Void = { event in
    switch event {
    case .line(let line, let terminated): out.append(String(decoding: line, as: UTF8.self) + (terminated ? "" : "<no-eol>"))
    case .documentEnd: out.append("<EOD>")
    }
  }
  var offset = 0
  while offset < bytes.count {
    let end = min(bytes.count, offset + chunk)
    bytes[offset..<end].withUnsafeBufferPointer { splitter.feed($0, record) }
    offset = end
  }
  splitter.finish(record)
  return out
}

@Suite struct LineSplitterTests {
  @Test(arguments: [1, 2, 3, 7, 4096])
  func lineEnds(chunk: Int) {
    let input = Array("一\r\n二\r三\n\n四".utf8)
    #expect(split(input, chunk: chunk) == ["一", "二", "三", "", "四<no-eol>"])
  }

  @Test(arguments: [1, 5, 4096])
  func nulSeparatesDocuments(chunk: Int) {
    let input = Array("甲\n".utf8) + [0] + Array("乙\n".utf8)
    #expect(split(input, chunk: chunk, nul: true) == ["甲", "<EOD>", "乙"])
    #expect(split(input, chunk: chunk, nul: false) == ["甲", "\0乙"])
  }

  @Test func longLine() {
    let input = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
    #expect(split(input, chunk: 65536).first?.count == (1 << 20) + "<no-eol>".count)
  }
}

@Suite struct ScalarCodingTests {
  @Test func invalidBytesRoundTrip() {
    let bytes: [UInt8] = Array("成果".utf8) + [0xFF, 0xFE, 0xE4, 0xB8] + Array("丰硕".utf8)
    var scalars: [Unicode.Scalar] = []
    let bad = bytes.withUnsafeBufferPointer { ScalarCoding.decode($0, into: &scalars) }
    #expect(bad == 6)
    var raw: [UInt8] = []
    ScalarCoding.encode(scalars, into: &raw, rawInvalidBytes: true)
    #expect(raw == bytes)
    var json: [UInt8] = []
    ScalarCoding.encode(scalars, into: &json, rawInvalidBytes: false)
    #expect(String(decoding: json, as: UTF8.self) == "成果\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}丰硕")
  }

  @Test(arguments: ["", "ascii", "中文，标点。", "𠀀扩展B", "é"])
  func validRoundTrip(_ text: String) {
    let scalars = ScalarCoding.decode(Array(text.utf8))
    var out: [UInt8] = []
    ScalarCoding.encode(scalars, into: &out, rawInvalidBytes: true)
    #expect(out == Array(text.utf8))
  }

  /// Encoding takes four three-byte scalars at a time: runs of them broken at every offset
  /// by scalars of other lengths, by stand-ins and by U+2028, across the encoder's pieces,
  /// must encode as each scalar does alone (a single scalar never takes the four-wide path).
  @Test(arguments: [0, 1, 2, 3, 4, 5])
  func encodesRunsOfThreeByteScalars(_ runBreak: Int) {
    let wide: [Unicode.Scalar] = ["\u{800}", "中", "\u{D7FF}", "\u{E000}", "\u{FFFF}", "，"]
    let others: [Unicode.Scalar] = [
      "a", "é", "\u{2028}", "𠀀", Unicode.Scalar(ScalarCoding.invalidByteBase + 0xFF)!,
    ]
    var scalars: [Unicode.Scalar] = []
    for k in 0..<700 {
      scalars.append(k % 7 == runBreak ? others[k % others.count] : wide[k % wide.count])
    }
    for raw in [true, false] {
      var whole: [UInt8] = []
      var alone: [UInt8] = []
      ScalarCoding.encode(scalars, into: &whole, rawInvalidBytes: raw)
      for scalar in scalars { ScalarCoding.encode([scalar], into: &alone, rawInvalidBytes: raw) }
      #expect(whole == alone)
    }
    var json: [UInt8] = []
    var jsonAlone: [UInt8] = []
    JSONWriter.appendString(scalars, to: &json)
    for scalar in scalars { JSONWriter.appendString([scalar], to: &jsonAlone) }
    let quote = UInt8(ascii: "\"")
    #expect(json == [quote] + jsonAlone.filter { $0 != quote } + [quote])  // no scalar is a quote
    let valid = scalars.filter { !ScalarCoding.isInvalidByte($0) }
    var text: [UInt8] = []
    ScalarCoding.encode(valid, into: &text, rawInvalidBytes: true)
    #expect(String(decoding: text, as: UTF8.self).unicodeScalars.elementsEqual(valid))
  }

  /// Lines longer than the decoder's 4 KiB pieces, with sequences of every length and
  /// invalid bytes falling on the piece boundaries and in any place of the runs of
  /// three-byte sequences the decoder reads two or four at a time (half the units are Han,
  /// so such runs are common). Each unit below decodes the same whatever comes before or
  /// after it, so the expected scalars are the units' own.
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func longLinesDecodeAsTheirUnits(_ seed: UInt64) {
    func standIn(_ byte: UInt8) -> Unicode.Scalar { Unicode.Scalar(ScalarCoding.invalidByteBase + UInt32(byte))! }
    let units: [(bytes: [UInt8], scalars: [Unicode.Scalar], invalid: Bool)] =
      ["a", "é", "中", "𠀀"].map { (Array($0.utf8), Array($0.unicodeScalars), false) } + [
        ([0xFF], [standIn(0xFF)], true),
        ([0x80], [standIn(0x80)], true),
        ([0xE4, 0x41], [standIn(0xE4), "A"], true),  // a lead byte cut short
        ([0xF0, 0x9F, 0x62], [standIn(0xF0), standIn(0x9F), "b"], true),
        // A surrogate and an overlong form, shaped like three-byte sequences: wherever
        // they fall among the Han characters, each of their bytes stands for itself.
        ([0xED, 0xA0, 0x80], [standIn(0xED), standIn(0xA0), standIn(0x80)], true),
        ([0xE0, 0x9F, 0xBF], [standIn(0xE0), standIn(0x9F), standIn(0xBF)], true),
      ]
    var random = SplitMix(seed: seed)
    var bytes: [UInt8] = []
    var expected: [Unicode.Scalar] = []
    var firstInvalid: Int?
    while bytes.count < 20_000 {
      let unit = random.next() % 2 == 0 ? units[2] : units[Int(random.next() % UInt64(units.count))]
      if unit.invalid && firstInvalid == nil { firstInvalid = bytes.count }
      bytes += unit.bytes
      expected += unit.scalars
    }
    var scalars: [Unicode.Scalar] = []
    let bad = bytes.withUnsafeBufferPointer { ScalarCoding.decode($0, into: &scalars) }
    #expect(scalars == expected)
    #expect(bad == firstInvalid)
  }

  @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8]] as [[UInt8]])
  func rejectsOverlongSurrogatesAndTruncated(_ bytes: [UInt8]) {
    var scalars: [Unicode.Scalar] = []
    #expect(bytes.withUnsafeBufferPointer { ScalarCoding.decode($0, into: &scalars) } == 0)
  }
}

@Suite struct JSONRecordTests {
  @Test func carriesFieldsAndReplacesText() throws {
    let line = Array(#"{"doc":"a.txt","lines":[3,5],"path":["一、总则"],"text":"原文\n第二行","x":{"k":[1,{"y":"}"}]}}"#.utf8)
    var record = try line.withUnsafeBufferPointer { try JSONRecord.parse($0) }
    #expect(record.string("text")?.string == "原文\n第二行")
    #expect(record.integerPair("lines")! == (3, 5))
    record.set("text", string: [Unicode.Scalar]("新\"文\""))
    var out: [UInt8] = []
    record.encode(into: &out)
    #expect(String(decoding: out, as: UTF8.self)
      == #"{"doc":"a.txt","lines":[3,5],"path":["一、总则"],"text":"新\"文\"","x":{"k":[1,{"y":"}"}]}}"# + "\n")
  }

  @Test(arguments: ["", "[1]", "{\"a\":}", "{\"a\":1", "{\"a\":tru}", "{\"a\":1} x"])
  func rejects(_ text: String) {
    let bytes = Array(text.utf8)
    #expect(throws: JSONError.self) { try bytes.withUnsafeBufferPointer { try JSONRecord.parse($0) } }
  }

  /// Invalid UTF-8 anywhere in a record, a key included, is read as U+FFFD, so that the
  /// fields a tool carries through stay valid UTF-8 (found by scripts/fuzz).
  @Test func invalidUTF8BecomesReplacementCharacters() throws {
    let line: [UInt8] = Array(#"{"text":"一"#.utf8) + [0xFF] + Array(#"","x"#.utf8) + [0xFE]
      + Array(#"":"b"#.utf8) + [0xFD, 0x22, 0x7D]
    let record = try line.withUnsafeBufferPointer { try JSONRecord.parse($0) }
    var out: [UInt8] = []
    record.encode(into: &out)
    #expect(String(validating: out, as: UTF8.self) == "{\"text\":\"一\u{FFFD}\",\"x\u{FFFD}\":\"b\u{FFFD}\"}\n")
  }

  @Test func escapes() {
    var out: [UInt8] = []
    JSONWriter.appendString([Unicode.Scalar]("a\t\u{01}\u{2028}\\"), to: &out)
    #expect(String(decoding: out, as: UTF8.self) == #""a\t\u0001\u2028\\""#)
  }
}

@Suite struct HeadingMarkerTests {
  @Test(arguments: [
    ("一、总则", HeadingMarker.Kind.chineseEnumeration), ("（一）概述", .chineseParenthesized),
    ("(二) 因应现实", .chineseParenthesized), ("1.简化手续", .arabicEnumeration),
    ("（1）第一", .arabicParenthesized), ("①其一", .circled), ("第一章 总则", .chapter),
    ("第3条", .chapter), ("十二、结语", .chineseEnumeration),
  ])
  func matches(_ text: String, _ kind: HeadingMarker.Kind) {
    #expect(HeadingMarker.match([Unicode.Scalar](text))?.kind == kind)
  }

  @Test(arguments: ["2.8%—9.7%、全球", "160 多个国家", "（约）访”行动", "1.5万", "一带一路", "第71届", "2023年"])
  func rejects(_ text: String) { #expect(HeadingMarker.match([Unicode.Scalar](text)) == nil) }
}

