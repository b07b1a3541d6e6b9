import ZhText

/// One entry point of the core, driven from arbitrary bytes for a fuzzer.
///
/// Each target decodes the bytes as the tools do (lines split by `LineSplitter`, scalars by
/// `ScalarCoding`, invalid bytes kept), runs one stage of the core and checks the promises its
/// documentation makes about the result. The fuzzer stops at a broken promise as at a crash;
/// the regression tests replay saved inputs through the same function.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// `DocumentNormalizer` with every rule and change reporting.
  case normalize
  /// `SentenceSplitter`, with and without `；` breaks.
  case sentences
  /// `WordSegmenter`.
  case words
  /// `NumberScanner`.
  case numbers
  /// `BlockReader` layout followed by `SectionTagger`.
  case sections
  /// `JSONRecord.parse` and the encoder.
  case records
  /// `LineSplitter` with `InertLineScanner` claiming runs of lines (`--no-reflow`).
  case lineRuns

  /// Runs the target once on `bytes`; returns the promises the result broke (none: empty).
  public func run(_ bytes: UnsafeRawBufferPointer) -> [String] {
    let input = bytes.bindMemory(to: UInt8.self)
    var check = Check()
    switch self {
    case .normalize: Self.normalize(Self.lines(input), &check)
    case .sentences: Self.sentences(Self.lines(input), &check)
    case .words: Self.words(Self.lines(input), &check)
    case .numbers: Self.numbers(Self.lines(input), &check)
    case .sections: Self.sections(Self.lines(input), &check)
    case .records: Self.records(input, &check)
    case .lineRuns: Self.lineRuns(input, &check)
    }
    return check.broken
  }

  /// Runs the target once on `bytes`; returns the promises the result broke (none: empty).
  public func run(_ bytes: [UInt8]) -> [String] {
    bytes.withUnsafeBytes { run($0) }
  }

  /// The broken promises found in one run.
  private struct Check {
    var broken: [String] = []

    mutating func require(_ condition: Bool, _ message: @autoclosure () -> String) {
      if !condition { broken.append(message()) }
    }

    /// Checks that `ranges` are consecutive, non-empty and cover `0..<count`.
    mutating func requireTiling(_ ranges: [Range<Int>], count: Int, _ what: String) {
      var end = 0
      for range in ranges {
        require(range.lowerBound == end && !range.isEmpty, "\(what): \(range) after \(end)")
        end = range.upperBound
      }
      require(end == count, "\(what) cover \(end) of \(count) scalars")
    }
  }

  /// The input's lines as the tools decode them (text input, NUL as data).
  private static func lines(_ input: UnsafeBufferPointer<UInt8>) -> [[Unicode.Scalar]] {
    var splitter = LineSplitter(nulSeparated: false)
    var lines: [[Unicode.Scalar]] = []
    let collect = { (event: LineSplitter.Event) in
      guard case .line(let bytes, _) = event else { return }
      var text: [Unicode.Scalar] = []
      _ = ScalarCoding.decode(bytes, into: &text)
      lines.append(text)
    }
    splitter.feed(input, collect)
    splitter.finish(collect)
    return lines
  }

  /// The lines split with the scanner claiming runs, fed in chunks of several sizes, are the
  /// lines split without it; each line it claims comes out of normalization unchanged.
  private static func lineRuns(_ input: UnsafeBufferPointer<UInt8>, _ check: inout Check) {
    var options = NormalizeOptions()
    options.rules.subtract(RuleID.layout)
    guard let scanner = InertLineScanner(options: options) else {
      return check.require(false, "no scanner under --no-reflow")
    }
    let expected = split(input, chunk: max(1, input.count), claimingWith: nil).lines
    for chunk in [1, 2, 3, 5, 16, 4096] {
      let (lines, claimed) = split(input, chunk: chunk, claimingWith: scanner)
      check.require(lines == expected, "chunks of \(chunk): \(lines.count) lines with runs claimed, \(expected.count) without")
      guard chunk == 4096 else { continue }
      for line in claimed {
        let text = ScalarCoding.decode(line)
        var normalizer = DocumentNormalizer(options: options, reporting: false)
        var out: [[Unicode.Scalar]] = []
        normalizer.add(text, number: 1) { out.append($0.paragraph.text) }
        normalizer.finish { out.append($0.paragraph.text) }
        check.require(out == [text], "claimed line \(text.string) became \(out.map(\.string))")
      }
    }
  }

  /// The lines of `input` fed in chunks of `chunk` bytes, and those of them `scanner` claimed.
  private static func split(
    _ input: UnsafeBufferPointer<UInt8>, chunk: Int, claimingWith scanner: InertLineScanner?
  ) -> (lines: [[UInt8]], claimed: [[UInt8]]) {
    var splitter = LineSplitter(nulSeparated: false)
    var lines: [[UInt8]] = []
    var claimed: [[UInt8]] = []
    let collect = { (event: LineSplitter.Event) in
      if case .line(let bytes, _) = event { lines.append(Array(bytes)) }
    }
    for start in stride(from: 0, to: input.count, by: chunk) {
      let piece = UnsafeBufferPointer(rebasing: input[start..<min(input.count, start + chunk)])
      guard let scanner else {
        splitter.feed(piece, collect)
        continue
      }
      splitter.feed(piece, claim: { rest in
        let run = scanner.inertLines(rest)
        var joined: [UInt8] = []
        LineSplitter.appendLines(UnsafeBufferPointer(rebasing: rest[0..<run.length]), to: &joined)
        let taken = run.lines == 0 ? [] : joined.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        lines += taken
        claimed += taken
        return run
      }, collect)
    }
    splitter.finish(collect)
    return (lines, claimed)
  }

  private static func normalize(_ lines: [[Unicode.Scalar]], _ check: inout Check) {
    var normalizer = DocumentNormalizer(options: NormalizeOptions(), reporting: true)
    var paragraphs: [Paragraph] = []
    for (index, line) in lines.enumerated() {
      normalizer.add(line, number: index + 1) { paragraphs.append($0.paragraph) }
    }
    normalizer.finish { paragraphs.append($0.paragraph) }
    _ = normalizer.takeChanges()
    for paragraph in paragraphs {
      let line = paragraph.line(at: 0)
      check.require(lines.isEmpty || (1...lines.count).contains(line), "paragraph line \(line) outside the input")
    }
  }

  private static func sentences(_ lines: [[Unicode.Scalar]], _ check: inout Check) {
    let splitters = [try? SentenceSplitter(), try? SentenceSplitter(semicolon: true)]
    for splitter in splitters {
      guard let splitter else {
        check.require(false, "ICU's sentence iterator did not open")
        return
      }
      for line in lines {
        check.requireTiling(splitter.sentences(line), count: line.count, "sentences")
      }
    }
  }

  private static func words(_ lines: [[Unicode.Scalar]], _ check: inout Check) {
    guard let segmenter = try? WordSegmenter() else {
      check.require(false, "ICU's word iterator did not open")
      return
    }
    for line in lines {
      check.requireTiling(segmenter.words(line).map(\.range), count: line.count, "words")
    }
  }

  private static func numbers(_ lines: [[Unicode.Scalar]], _ check: inout Check) {
    let scanners = [NumberScanner(), NumberScanner(withMarkers: true)]
    for scanner in scanners {
      for line in lines {
        var previousEnd = 0
        for number in scanner.scan(line) {
          check.require(number.start >= previousEnd && number.start < number.end && number.end <= line.count,
                  "number span \(number.start)..<\(number.end) after \(previousEnd) in \(line.count) scalars")
          previousEnd = number.end
        }
      }
    }
  }

  private static func sections(_ lines: [[Unicode.Scalar]], _ check: inout Check) {
    var reader = BlockReader(options: .layoutOnly)
    var tagger = SectionTagger()
    var log: [Change]? = []
    var records: [SectionRecord] = []
    var blocks: [Block] = []
    for (index, line) in lines.enumerated() { reader.add(written: line, number: index + 1, log: &log, into: &blocks) }
    reader.finish(log: &log, into: &blocks)
    for block in blocks { records += tagger.tag(block) }
    records += tagger.finish()
    for record in records {
      check.require(record.lines.lowerBound >= 1 && record.lines.upperBound <= max(lines.count, 1),
              "section lines \(record.lines) outside 1...\(lines.count)")
      // The ladder: 第X部分 −3, 章 −2, 节 −1, 条 0, then 一、 1 … ① 5.
      if let level = record.level { check.require((-3...5).contains(level), "heading level \(level)") }
      if record.label == .heading, let heading = record.heading {
        check.require(record.path.last == heading, "heading \(heading) is not the last of its path \(record.path)")
      }
    }
  }

  private static func records(_ input: UnsafeBufferPointer<UInt8>, _ check: inout Check) {
    guard let record = try? JSONRecord.parse(input) else { return }
    var encoded: [UInt8] = []
    record.encode(into: &encoded)
    check.require(encoded.last == 0x0A, "an encoded record ends with a line end")
    let again = encoded.dropLast().withUnsafeBufferPointer { try? JSONRecord.parse($0) }
    check.require(again == record, "a record changed when encoded and read back")
  }

}
