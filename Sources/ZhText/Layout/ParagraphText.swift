/// A paragraph as layout builds it from the lines it joins, and as normalize writes it: its
/// text in UTF-8, where each input line starts in it, and whether any paragraph rule in
/// force could change it.
///
/// The text is UTF-8 with the stand-ins for invalid input bytes kept as the scalars they are
/// (`ScalarCoding.encodeKeepingStandIns`), so it is valid throughout: lines are joined by
/// copying their bytes, and a paragraph no rule changes (`isInert`) is written out without
/// being decoded or encoded. `paragraph` decodes it for the rules and for other readers.
public struct ParagraphText: Sendable {
  /// The text, UTF-8 with stand-ins kept.
  public private(set) var utf8: [UInt8]
  /// How many characters (scalars) it has.
  public private(set) var count: Int
  /// No paragraph rule in force would change it.
  public private(set) var isInert: Bool
  /// The features of its characters the rules read (see `LayoutLine.ruleFeatures`).
  private(set) var ruleFeatures: TextFeatures
  /// The input line the text starts on.
  private var firstLine: Int
  /// (byte offset, input line) for each joined line after the first.
  private var laterStarts: [(offset: Int, line: Int)] = []

  /// Input line `number`, UTF-8 with stand-ins kept, of `count` characters, as a paragraph
  /// of its own; `inert`: no paragraph rule would change it. Its arrays are taken from
  /// `storage` when it has some: those of a paragraph already written (`takeStorage`), so
  /// that in steady state making a paragraph allocates nothing.
  init(
    line: UnsafeBufferPointer<UInt8>, number: Int, count: Int, inert: Bool, ruleFeatures: TextFeatures,
    storage: inout Storage?
  ) {
    utf8 = []
    if storage != nil {
      // Moved, not copied: a copy would share the arrays, and the first append copy them.
      swap(&utf8, &storage!.utf8)
      swap(&laterStarts, &storage!.laterStarts)
    }
    // With room for the lines a paragraph typically goes on with, so that joining the next
    // one does not allocate again.
    utf8.reserveCapacity(Self.joinedCapacity(line.count))
    utf8.append(contentsOf: line)
    self.count = count
    isInert = inert
    self.ruleFeatures = ruleFeatures
    firstLine = number
  }

  /// The text of `paragraph`, its line starts kept; `inert` says no rule would change it.
  public init(_ paragraph: Paragraph, inert: Bool = false) {
    utf8 = []
    count = paragraph.text.count
    isInert = inert
    ruleFeatures = TextFeatures(of: paragraph.text)
    firstLine = paragraph.lines.lowerBound
    // Three bytes a character, as nearly all of them take: the lines are encoded one by one.
    utf8.reserveCapacity(3 * paragraph.text.count)
    laterStarts.reserveCapacity(paragraph.laterLineStarts.count)
    paragraph.text.withUnsafeBufferPointer { text in
      var start = 0
      for (offset, line) in paragraph.laterLineStarts {
        ScalarCoding.encodeKeepingStandIns(UnsafeBufferPointer(rebasing: text[start..<offset]), into: &utf8)
        laterStarts.append((utf8.count, line))
        start = offset
      }
      ScalarCoding.encodeKeepingStandIns(UnsafeBufferPointer(rebasing: text[start...]), into: &utf8)
    }
  }

  /// The arrays of a paragraph, empty, their capacity kept for another.
  struct Storage {
    fileprivate var utf8: [UInt8]
    fileprivate var laterStarts: [(offset: Int, line: Int)]

    /// The bytes they hold room for: a paragraph's storage is kept for reuse only up to a
    /// bound, so that one long paragraph does not hold its memory for good.
    var capacity: Int { utf8.capacity + laterStarts.capacity * MemoryLayout<(Int, Int)>.stride }
  }

  /// Takes this paragraph's arrays, emptied, for the next paragraph layout makes; the
  /// paragraph is left empty. Their storage is reused only if nothing else holds it.
  mutating func takeStorage() -> Storage {
    var storage = Storage(utf8: [], laterStarts: [])
    swap(&storage.utf8, &utf8)
    swap(&storage.laterStarts, &laterStarts)
    storage.utf8.removeAll(keepingCapacity: true)
    storage.laterStarts.removeAll(keepingCapacity: true)
    count = 0
    return storage
  }

  /// The first and last input line.
  public var lines: ClosedRange<Int> { firstLine...(laterStarts.last?.line ?? firstLine) }

  /// The text decoded, with its line starts (offsets in scalars).
  public var paragraph: Paragraph {
    var starts: [(offset: Int, line: Int)] = []
    starts.reserveCapacity(laterStarts.count)
    // Each line decoded straight into the array, which has room for as many scalars as
    // there are bytes.
    let text = utf8.withUnsafeBufferPointer { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, initialized in
        func decode(_ range: Range<Int>) {
          initialized += ScalarCoding.decode(UnsafeBufferPointer(rebasing: bytes[range]), to: scalars.baseAddress! + initialized).0
        }
        var start = 0
        for (offset, line) in laterStarts {
          decode(start..<offset)
          starts.append((initialized, line))
          start = offset
        }
        decode(start..<bytes.count)
      }
    }
    return Paragraph(text: text, line: firstLine, laterStarts: starts)
  }

  /// Appends the text as text output writes it: stand-ins as the invalid bytes they stand for.
  public func appendOutput(to output: inout [UInt8]) {
    utf8.withUnsafeBufferPointer { ScalarCoding.appendRestoringInvalidBytes($0, to: &output) }
  }

  /// Calls `body` with the text's bytes, in place.
  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { utf8.withUnsafeBufferPointer(body) }

  // MARK: - Joining lines

  /// Appends input line `number` (UTF-8 with stand-ins kept, `count` characters, `inert` as
  /// for `init`) after `separator`, an ASCII space or nothing.
  mutating func append(
    _ line: UnsafeBufferPointer<UInt8>, line number: Int, count: Int, inert: Bool, ruleFeatures: TextFeatures,
    separator: [Unicode.Scalar]
  ) {
    if laterStarts.isEmpty {
      // A one-line paragraph becoming a joined one: room for a typical paragraph at once,
      // rather than regrowing with every line.
      utf8.reserveCapacity(max(utf8.count + line.count + separator.count, Self.joinedCapacity(utf8.count)))
      laterStarts.reserveCapacity(Self.joinedLines)
    }
    for scalar in separator { utf8.append(UInt8(truncatingIfNeeded: scalar.value)) }
    laterStarts.append((utf8.count, number))
    utf8.append(contentsOf: line)
    self.count += separator.count + count
    // A space between joined lines is text rule `space` reads.
    isInert = isInert && inert && separator.isEmpty
    self.ruleFeatures.formUnion(ruleFeatures)
    if !separator.isEmpty { self.ruleFeatures.insert(.space) }
  }

  /// The bytes to make room for when a paragraph's first line has `bytes`: `joinedLines` lines.
  private static func joinedCapacity(_ bytes: Int) -> Int { joinedLines * bytes }

  /// The lines a joined paragraph is given room for at once. Sixteen saved a little while
  /// every paragraph had new arrays; now that paragraphs reuse the arrays of those written
  /// (`takeStorage`), eight measure better and hold less memory in tag-sections.
  private static let joinedLines = 8

  /// Appends another paragraph (a photo credit after its caption), with nothing between.
  mutating func append(_ other: ParagraphText) {
    let base = utf8.count
    laterStarts.append((base, other.firstLine))
    for (offset, line) in other.laterStarts { laterStarts.append((base + offset, line)) }
    utf8 += other.utf8
    count += other.count
    isInert = isInert && other.isInert
    ruleFeatures.formUnion(other.ruleFeatures)
  }

  /// The last character, if any.
  var last: Unicode.Scalar? {
    guard !utf8.isEmpty else { return nil }
    return withUTF8 { ValidUTF8.scalar(at: ValidUTF8.start(before: $0.count, in: $0), in: $0).0 }
  }

  /// The last `n` characters (or all there are).
  func suffix(_ n: Int) -> [Unicode.Scalar] {
    withUTF8 { bytes in
      var start = bytes.count
      var taken = 0
      while start > 0 && taken < n {
        start = ValidUTF8.start(before: start, in: bytes)
        taken += 1
      }
      return ValidUTF8.decode(UnsafeBufferPointer(rebasing: bytes[start...]))
    }
  }

  /// Removes the last character.
  mutating func removeLast() {
    let start = withUTF8 { ValidUTF8.start(before: $0.count, in: $0) }
    utf8.removeSubrange(start...)
    count -= 1
  }

  /// Removes the spaces the text ends with.
  mutating func removeTrailingSpaces() {
    // A space's encoding ends in 0x20, 0xA0 (U+00A0) or 0x80 (U+3000): most text ends in none.
    while let byte = utf8.last, byte == 0x20 || byte == 0xA0 || byte == 0x80, let end = last, end.isSpaceLike {
      removeLast()
    }
  }

  /// The text decoded (for tests and the rare decisions that read the whole text).
  var scalars: [Unicode.Scalar] { withUTF8(ValidUTF8.decode) }
}
