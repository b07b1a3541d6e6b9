extension LayoutLine {
  /// The features of input line `number` read straight from its UTF-8 `bytes` in one pass,
  /// each character looked up once in `classes` — or nil when the line takes the general
  /// way, decoded and measured by `init(_:number:pageStart:emphasized:inert:)`: when it is
  /// not valid UTF-8, has a character outside the BMP or is very long; when a line rule may
  /// act on it (a form feed, a character rule `encoding` removes, a line that could be
  /// fake bold); when it has three characters or fewer, may be a photo credit (`摄`) or a
  /// figure or table title, or has a tab. Otherwise it gives exactly what that initializer
  /// gives on the decoded line (a test compares them): the common line of body text, and
  /// headings and list items too (their numbering read from the decoded start).
  static func measure(utf8 bytes: UnsafeBufferPointer<UInt8>, number: Int, classes: LineClasses) -> LayoutLine? {
    guard let p = bytes.baseAddress, bytes.count <= LineClasses.Counts.limit else { return nil }
    return classes.table.withUnsafeBufferPointer { table in
      classes.counts.withUnsafeBufferPointer { increments in
        measure(p, bytes.count, number: number, table: table, increments: increments)
      }
    }
  }

  private static func measure(
    _ p: UnsafePointer<UInt8>, _ n: Int, number: Int, table: UnsafeBufferPointer<UInt8>,
    increments: UnsafeBufferPointer<UInt64>
  ) -> LayoutLine? {
    // The pass: few live values, so that none is kept in memory between characters.
    var i = 0
    var counts: UInt64 = 0
    var seen: UInt8 = 0
    var xor: UInt32 = 0
    var length = 0
    var overlong: UInt32 = 0
    var archive = false  // a `资`, which a caption needs
    while i < n {
      // Chinese text is mostly three-byte sequences: two at a time from one eight-byte load.
      // An overlong form (below U+0800) sets the top bit of `overlong`; a surrogate's class
      // sends the line the general way.
      if i &+ 8 <= n, let (a, b) = ThreeByteSequence.pair(at: p + i) {
        let ca = table[Int(a)]
        let cb = table[Int(b)]
        counts &+= increments[Int(ca)] &+ increments[Int(cb)]
        seen |= ca | cb
        overlong |= (a &- 0x800) | (b &- 0x800)
        archive = archive || a == 0x8D44 || b == 0x8D44
        xor ^= a ^ b
        length &+= 2
        i &+= 6
        continue
      }
      let v: UInt32
      let b0 = p[i]
      if b0 < 0x80 {
        v = UInt32(b0)
        i &+= 1
      } else if b0 & 0xF0 == 0xE0 {
        guard i &+ 2 < n, let value = ThreeByteSequence.single(at: p + i), ThreeByteSequence.isWellFormed(value) else {
          return nil
        }
        v = value
        i &+= 3
      } else if b0 & 0xE0 == 0xC0 && b0 >= 0xC2 {
        guard i &+ 1 < n, p[i &+ 1] & 0xC0 == 0x80 else { return nil }
        v = UInt32(b0 & 0x1F) << 6 | UInt32(p[i &+ 1] & 0x3F)
        i &+= 2
      } else {
        return nil  // outside the BMP, or invalid
      }
      let c = table[Int(v)]
      counts &+= increments[Int(c)]
      seen |= c
      archive = archive || v == 0x8D44
      xor ^= v
      length &+= 1
    }
    let keyCount = LineClasses.Counts.key(counts)
    guard seen & LineClasses.generalWay == 0, overlong >> 31 == 0, keyCount > 3 else { return nil }
    let text = UnsafeBufferPointer(start: p, count: n)
    let classOf = { (c: Unicode.Scalar) in c.value < 0x10000 ? table[Int(c.value)] : 0 }
    // The spaces the line starts with (its indent), read from their bytes.
    var start = 0
    var indent = 0
    var leadingXor: UInt32 = 0
    var leadingSpaces = 0
    while start < n {
      let space = ValidUTF8.spaceLength(at: start, in: text)
      if space == 0 { break }
      indent += space == 3 ? 2 : 1
      leadingXor ^= space == 1 ? 0x20 : space == 2 ? 0xA0 : 0x3000
      leadingSpaces += 1
      start += space
    }
    let first = ValidUTF8.scalar(at: start, in: text).0  // the line has characters other than spaces
    // The spaces it ends with, then the character it ends on: the last one that is neither
    // a space nor a closing bracket (other than `)`), and the one before that.
    var end = n
    var trailingXor: UInt32 = 0
    var trailingSpaces = 0
    var lastSpaceless: Unicode.Scalar = " "
    while end > 0 {
      let before = ValidUTF8.start(before: end, in: text)
      let c = ValidUTF8.scalar(at: before, in: text).0
      if !c.isSpaceLike {
        lastSpaceless = c
        break
      }
      trailingXor ^= c.value
      trailingSpaces += 1
      end = before
    }
    var last: Unicode.Scalar?
    while end > 0 {
      let before = ValidUTF8.start(before: end, in: text)
      let c = ValidUTF8.scalar(at: before, in: text).0
      end = before
      if !c.isSpaceLike && (classOf(c) & LineClasses.closing == 0 || c == ")") {
        last = c
        break
      }
    }
    let beforeLast = ValidUTF8.last(in: UnsafeBufferPointer(rebasing: text[..<end])) { !$0.isSpaceLike }
    let body = length - leadingSpaces - trailingSpaces
    let mayBeDoubled = body >= 4 && body <= DoubledGlyphRule.maximumLength && body & 1 == 0
      && xor ^ leadingXor ^ trailingXor == 0
    guard !mayBeDoubled, first != "图", first != "表" else { return nil }
    var flags: Flags = []
    // The numbering, read from the line's scalars when its first character may open one.
    let marker = HeadingMarker.mayStart(with: first)
      ? withDecoded(UnsafeBufferPointer(rebasing: text[start...]), HeadingMarker.match) : nil
    // Of the characters a caption needs, only `资` reaches here (`摄` goes the general way):
    // it makes a caption only in `资料照片`, looked for as the general way does.
    flags.set(.caption, archive && withDecoded(text) { containsIgnoringSpaces($0, archivePhoto) })
    flags.set(.inert, seen & LineClasses.trigger == 0)
    flags.set(.hasPunctuation, seen & LineClasses.prosePunctuation != 0)
    flags.set(.balancedBrackets, LineClasses.Counts.isBalanced(counts))
    let endsInside = LineClasses.Counts.sentenceEnds(counts) - (classOf(lastSpaceless) & LineClasses.sentenceEnd != 0 ? 1 : 0)
    flags.set(.sentenceInside, endsInside > 0)
    let asciiStop = last == "!" || last == "?" || (last == "." && beforeLast.map { !$0.isASCIIAlphanumeric } == true)
    let endsSentence = last.map { classOf($0) & LineClasses.sentenceEnd != 0 } == true || asciiStop
    flags.set(.endsSentence, endsSentence)
    flags.set(.endsClause, endsSentence || last == "：" || last == "；" || last == ":" || last == ";")
    // Prose punctuation by its traits, which (unlike the class) leave out the ASCII marks:
    // all of it lies above U+2000, where the two agree.
    let firstClass = classOf(first)
    flags.set(.startsWithClosing, firstClass & LineClasses.closing != 0 && first != ")"
      || first.value >= 0x2000 && firstClass & LineClasses.prosePunctuation != 0)
    let width = keyCount + LineClasses.Counts.wide(counts)
    // The features the rules read, for a line some rule reads (found on this thread, not on
    // the one that repairs the paragraph).
    let features = flags.contains(.inert) ? [] : TextFeatures(utf8: text)
    return LayoutLine(
      number: number, width: width, indent: indent, keyCount: keyCount, length: length, marker: marker, flags: flags,
      ruleFeatures: features)
  }

  /// `body` of `text`, valid UTF-8, decoded: for the rare questions a line's bytes leave to
  /// its scalars (its numbering, a caption's words).
  private static func withDecoded<R>(
    _ text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R
  ) -> R {
    withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: text.count) { scalars in
      let count = ScalarCoding.decode(text, to: scalars.baseAddress!).0
      return body(UnsafeBufferPointer(rebasing: scalars[..<count]))
    }
  }
}
