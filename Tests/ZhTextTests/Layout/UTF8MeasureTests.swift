import Foundation
import Testing

@testable import ZhText

/// Measuring a line straight from its UTF-8 bytes must give exactly what measuring its
/// decoded text gives, whenever it gives anything; and it must give something for most body
/// text, or the fast path would be a slow one.
@Suite struct UTF8MeasureTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The lines of the seeds and of the paragraph dev set.
  static let corpusLines: [[UInt8]] = {
    var lines: [[UInt8]] = []
    for folder in ["seeds", "Tests/DevSets/paragraphs"] {
      let directory = root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".txt") {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { continue }
        lines += Array(data).split(separator: 0x0A, omittingEmptySubsequences: true).map(Array.init)
      }
    }
    return lines
  }()

  /// Pieces lines are made of: body text, each kind of space, tabs, brackets and quotes,
  /// sentence and clause ends (full and half width), heading numbers, caption marks, a form
  /// feed, characters rule `encoding` removes, a character outside the BMP, and bytes that
  /// are not UTF-8 (a truncated sequence, an overlong form, an encoded surrogate).
  static let pieces: [[UInt8]] = [
    "共建", "国家", "发挥", "各自", "优势", " ", "\u{00A0}", "\u{3000}", "\t", "（", "）", "(", ")", "“", "”", "《", "》",
    "。", "，", "、", "：", "；", "！", "？", "…", ".", "!", "?", ":", ";", ",", "一", "二", "十", "第", "章", "1", "23",
    "a", "Z", "图", "表", "摄", "资料照片", "\u{0C}", "\u{200B}", "\u{FEFF}", "\u{00AD}", "😀", "－", "~", "\"",
  ].map { Array($0.utf8) } + [[0xE4, 0xB8], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF]]

  /// Compares the two ways of measuring `bytes`; true when the fast one gave a line.
  @discardableResult
  static func check(_ bytes: [UInt8], classes: LineClasses) -> Bool {
    let fast = bytes.withUnsafeBufferPointer { LayoutLine.measure(utf8: $0, number: 9, classes: classes) }
    guard let fast else { return false }
    var text: [Unicode.Scalar] = []
    let invalid = bytes.withUnsafeBufferPointer { ScalarCoding.decode($0, into: &text) }
    #expect(invalid == nil, "measured from bytes that are not UTF-8: \(bytes)")
    let general = text.withUnsafeBufferPointer {
      let inert = classes.isInert($0)
      return LayoutLine(
        $0, number: 9, pageStart: false, emphasized: false, inert: inert, ruleFeatures: inert ? [] : TextFeatures(of: text))
    }
    #expect(fast == general, "\(text.string)")
    return true
  }

  @Test func corpusLinesMeasureAlike() {
    let classes = LineClasses(rules: ParagraphRules(options: NormalizeOptions()))
    let lines = Self.corpusLines
    #expect(lines.count > 1000)
    let fast = lines.filter { Self.check($0, classes: classes) }.count
    #expect(fast * 10 >= lines.count * 7, "only \(fast) of \(lines.count) lines measured from their bytes")
  }

  /// Random lines of the pieces above, under the default rules and under rules that leave
  /// most characters inert (no `encoding`, no stray traditional characters).
  @Test(arguments: [UInt64(1), 2, 3])
  func generatedLinesMeasureAlike(seed: UInt64) {
    var generator = SplitMix(seed: seed)
    var layoutOnly = NormalizeOptions()
    layoutOnly.rules = [.reflow]
    for options in [NormalizeOptions(), layoutOnly] {
      let classes = LineClasses(rules: ParagraphRules(options: options))
      var fast = 0
      for _ in 0..<4000 {
        var line: [UInt8] = []
        let length = Int(generator.next() % 24)
        for _ in 0..<length {
          // Mostly body text, as in real lines.
          let k = generator.next() % 3 == 0 ? Int(generator.next() % UInt64(Self.pieces.count)) : Int(generator.next() % 5)
          line += Self.pieces[k]
        }
        if Self.check(line, classes: classes) { fast += 1 }
      }
      #expect(fast > 500, "only \(fast) generated lines measured from their bytes")
    }
  }

  /// Headings, list items and archive photos are measured from their bytes, as the general
  /// way measures them.
  @Test func measuresNumberingAndArchivePhotos() {
    let classes = LineClasses(rules: ParagraphRules(options: NormalizeOptions()))
    for line in [
      "一、共建国家发挥各自优势", "（一）共建国家发挥", "第三章 共建国家发挥", "12. 共建国家发挥各自优势", "①共建国家发挥",
      "一带一路建设取得进展", "2023年共建国家发挥", "（资料照片）共建国家", "资 料 照 片 共建", "投资资金资料显示照片",
    ] {
      #expect(Self.check(Array(line.utf8), classes: classes), "\(line)")
    }
  }

  /// A line that cannot be measured from its bytes is refused, not misread.
  @Test func refusesWhatItCannotRead() {
    let classes = LineClasses(rules: ParagraphRules(options: NormalizeOptions()))
    for line in [
      "共建国家\u{0C}发挥各自优势", "共建国家\t发挥各自优势", "图1 共建国家发挥各自优势", "表二 共建国家发挥各自优势",
      "新华社记者鞠焕宗摄", "共建国家😀发挥各自优势", "共建", "北京北京上海上海",
    ] {
      #expect(Array(line.utf8).withUnsafeBufferPointer { LayoutLine.measure(utf8: $0, number: 1, classes: classes) } == nil, "\(line)")
    }
    for bytes: [UInt8] in [[0xE5, 0x85, 0xB1, 0xE4, 0xB8, 0xE5, 0x85, 0xB1, 0xE5, 0x85, 0xB1, 0xE5, 0x85, 0xB1],
                           [0xE5, 0x85, 0xB1, 0xE0, 0x80, 0x80, 0xE5, 0x85, 0xB1, 0xE5, 0x85, 0xB1, 0xE5, 0x85, 0xB1]] {
      #expect(bytes.withUnsafeBufferPointer { LayoutLine.measure(utf8: $0, number: 1, classes: classes) } == nil)
    }
  }
}

/// The UTF-8 form layout holds text in, and the paragraphs built from it.
@Suite struct ParagraphTextTests {
  /// Stand-ins for invalid bytes survive the round trip: kept as scalars in layout's UTF-8,
  /// decoded back to themselves, written out as the bytes they stand for.
  @Test func standInsRoundTrip() {
    let input: [UInt8] = Array("共建".utf8) + [0xE4, 0xB8] + Array("国家".utf8) + [0xFF, 0x41]
    let scalars = ScalarCoding.decode(input)
    var kept: [UInt8] = []
    scalars.withUnsafeBufferPointer { ScalarCoding.encodeKeepingStandIns($0, into: &kept) }
    #expect(String(validatingUTF8: kept.map { CChar(bitPattern: $0) } + [0]) != nil)
    #expect(ScalarCoding.decode(kept) == scalars)
    var output: [UInt8] = []
    kept.withUnsafeBufferPointer { ScalarCoding.appendRestoringInvalidBytes($0, to: &output) }
    #expect(output == input)
  }

  /// Joined lines keep where each starts, in scalars once decoded; trailing spaces and the
  /// last character come off; inertness holds only while every part is inert and nothing
  /// was put between.
  @Test func joinsLines() {
    func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }
    let first = utf8("共建国家　 ")
    var noStorage: ParagraphText.Storage? = nil
    var paragraph = first.withUnsafeBufferPointer {
      ParagraphText(line: $0, number: 3, count: 6, inert: true, ruleFeatures: [], storage: &noStorage)
    }
    #expect(paragraph.last == " " && paragraph.suffix(3) == [Unicode.Scalar]("家　 "))
    paragraph.removeTrailingSpaces()
    #expect(paragraph.count == 4 && paragraph.last == "家")
    utf8("发挥优势").withUnsafeBufferPointer {
      paragraph.append($0, line: 4, count: 4, inert: true, ruleFeatures: [], separator: [])
    }
    #expect(paragraph.isInert && paragraph.ruleFeatures.isEmpty)
    utf8("abc").withUnsafeBufferPointer {
      paragraph.append($0, line: 6, count: 3, inert: true, ruleFeatures: [], separator: [" "])
    }
    #expect(!paragraph.isInert && paragraph.count == 12 && paragraph.lines == 3...6)
    #expect(paragraph.ruleFeatures == .space)  // the space put between the lines
    let decoded = paragraph.paragraph
    #expect(decoded.text == [Unicode.Scalar]("共建国家发挥优势 abc"))
    #expect(decoded.line(at: 3) == 3 && decoded.line(at: 4) == 4 && decoded.line(at: 8) == 4 && decoded.line(at: 9) == 6)
    paragraph.removeLast()
    #expect(paragraph.paragraph.text == [Unicode.Scalar]("共建国家发挥优势 ab"))
    let encoded = ParagraphText(decoded)
    #expect(encoded.paragraph == decoded && encoded.utf8 == utf8("共建国家发挥优势 abc"))
  }

  /// A paragraph made in the arrays of one already written (`takeStorage`) is what a fresh
  /// one would be, and it takes those arrays whole: none of the old text shows through, and
  /// no new buffer is made.
  @Test func paragraphsReuseTheArraysOfWrittenOnes() {
    func paragraph(_ s: String, number: Int, storage: inout ParagraphText.Storage?) -> ParagraphText {
      Array(s.utf8).withUnsafeBufferPointer {
        ParagraphText(line: $0, number: number, count: s.unicodeScalars.count, inert: true, ruleFeatures: [], storage: &storage)
      }
    }
    var none: ParagraphText.Storage? = nil
    var old = paragraph("共建国家发挥各自优势", number: 1, storage: &none)
    Array("不断拓展合作领域".utf8).withUnsafeBufferPointer {
      old.append($0, line: 2, count: 8, inert: true, ruleFeatures: [], separator: [])
    }
    let capacity = old.utf8.capacity
    var storage: ParagraphText.Storage? = old.takeStorage()
    #expect(old.utf8.isEmpty && old.count == 0)
    let reused = paragraph("创新合作", number: 7, storage: &storage)
    let fresh = paragraph("创新合作", number: 7, storage: &none)
    #expect(reused.utf8 == fresh.utf8 && reused.lines == 7...7 && reused.count == fresh.count)
    #expect(reused.paragraph == fresh.paragraph)
    #expect(reused.utf8.capacity == capacity)
  }

  /// Running headers are compared without their spaces, whatever kind; the keys share one
  /// buffer, and a key kept is not changed by the keys built after it.
  @Test func lineKeysIgnoreSpaces() {
    var storage: [UInt8] = []
    func key(_ s: String) -> LineKey { Array(s.utf8).withUnsafeBufferPointer { LineKey($0, storage: &storage) } }
    let kept = key("共建 “一带一路”\u{3000}进展报告")
    #expect(kept == key("共建“一带一路”进展报告"))
    #expect(key("共\u{00A0}建") == key("共建") && key("共建") != key("共建国"))
    #expect(Set([key("第 3 页"), key("第3页"), key("第4页")]).count == 2)
    #expect(kept.bytes == Array("共建“一带一路”进展报告".utf8))
  }

  /// Reading valid UTF-8 a scalar at a time, from either end.
  @Test func readsScalarsFromEitherEnd() {
    let bytes = Array("a\u{00A0}共😀".utf8)
    bytes.withUnsafeBufferPointer { text in
      #expect(Array(ValidUTF8.Scalars(text)) == [Unicode.Scalar]("a\u{00A0}共😀"))
      #expect(ValidUTF8.last(in: text) { $0.value < 0x10000 } == "共")
      #expect(ValidUTF8.start(before: text.count, in: text) == text.count - 4)
    }
  }
}

/// The reflow window's text: lines borrowed from a batch are read in place until kept, and
/// the kept ones survive the batch's buffer being reused and the window's front being dropped.
@Suite struct LineTextWindowTests {
  @Test func keepsWhatItBorrowed() {
    var window = LineTextWindow()
    func text(_ k: Int) -> String { window.withText(of: k) { String(decoding: $0, as: UTF8.self) } }
    Array("第一行".utf8).withUnsafeBufferPointer { window.append($0) }
    var batch = Array("第二行第三行".utf8)
    batch.withUnsafeBufferPointer { bytes in
      window.append(borrowing: UnsafeBufferPointer(rebasing: bytes[0..<9]))
      window.append(borrowing: UnsafeBufferPointer(rebasing: bytes[9..<18]))
      #expect(text(1) == "第二行" && text(2) == "第三行")
      window.keepBorrowed()
    }
    for k in batch.indices { batch[k] = 0x2A }  // the batch's buffer reused
    #expect(text(0) == "第一行" && text(1) == "第二行" && text(2) == "第三行")
    window.removeFirst(2)
    #expect(text(0) == "第三行" && window.key(of: 0) == [Unicode.Scalar]("第三行"))
    Array("第四 行".utf8).withUnsafeBufferPointer { window.append($0) }
    #expect(text(1) == "第四 行" && window.key(of: 1) == [Unicode.Scalar]("第四行"))
  }
}
