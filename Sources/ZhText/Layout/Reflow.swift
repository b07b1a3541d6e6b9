/// Turns the lines of a document into paragraphs: decides for each pair of adjacent lines
/// whether to join or break, and takes page furniture out of the flow.
///
/// Streaming: a line is decided once `lookahead` lines after it are known (or the document
/// ended), and only a bounded window of lines is kept, so memory does not grow with the
/// document. Rules (each can be disabled, see `NormalizeOptions`):
/// - `toc`: `目录` followed by at least three heading-like lines is removed with them, and
///   the text around it re-joined.
/// - `header`: a short unpunctuated line repeating an earlier one at a page top or after a
///   page-sized gap is a running header: the first occurrence stays, repeats are dropped;
///   page numbers (`- 3 -`, `第3页`, a bare number ending or starting a page) are dropped too.
/// - `caption`: a photo caption set off from the text becomes its own paragraph, emitted
///   after the paragraph it interrupted, which is re-joined across it.
/// - `reflow`: hard-wrapped lines are joined into paragraphs (see `shouldJoin`).
///
/// The questions asked of every line from a mutating method (`shouldJoin`, `startsBlock`,
/// `isPageNumber`, `isContentsEntry`) are inlined there: calling a non-mutating method from
/// a mutating one copied the whole state (406 bytes) to pass it, twice a line, and the
/// copies cost 3% of the layout thread's instructions.
public struct Reflow {
  /// Lines decided only when this many later lines are known.
  static let lookahead = 32
  /// A repeat of a short line at least this many lines after it is a running header: less
  /// than a page (the shortest page of the seeds holds 16 lines of text).
  static let pageGap = 12
  /// Short lines remembered for running-header detection.
  static let memory = 2048
  /// An open paragraph takes no more lines once it holds this many scalars: the next line
  /// starts a new paragraph (its line break is kept), so text that never ends a paragraph
  /// (unpunctuated classical text, a file of full lines) streams in bounded memory.
  static let paragraphLimit = 1 << 16
  /// Nor once this many captions and furniture blocks wait for it to end.
  static let pendingLimit = 1024
  /// Decided lines kept in the window before the ones layout no longer reads are dropped.
  static let decidedKept = 256

  private let options: NormalizeOptions
  private let junction: WrapJunction
  /// The lines not yet decided, and up to `decidedKept` decided ones before them (layout
  /// reads `LocalLayout.radius` of them).
  private var window: [LayoutLine] = []
  /// The text of the lines of `window`.
  private var texts = LineTextWindow()
  /// Where each line of `window` ends a page (a form feed follows it, blank lines aside),
  /// known once the next page starts.
  private var endsPage: [Bool] = []
  /// The metrics of the lines of `window` (their blank lines before them among them).
  private var layoutWindow = LayoutWindow()
  /// The layouts of the lines of `window`, planned ahead (`LayoutPlanner`): as many as are
  /// known, from the first line of `window` on. Unused (and the layout worked out from
  /// `layoutWindow` as lines are decided) unless `planned`.
  private var plans: [LocalLayout] = []
  /// The lines' layouts come planned (`plan`).
  private let planned: Bool
  private var cursor = 0
  private var current: ParagraphText?
  private var last: LayoutLine?
  private var currentLineCount = 0
  private var currentIsHeading = false
  private var headingLineLength = 0
  private var currentIsCaption = false
  private var pendingCaptions: [Block] = []
  private var pendingFurniture: [Block] = []
  private var furnitureSinceLast = false
  private var inContents = false
  private var seen: [LineKey: Int] = [:]
  /// The buffer header keys are built in, kept from line to line (`LineKey.init(_:storage:)`).
  private var keyStorage: [UInt8] = []
  /// The arrays of paragraphs already written, for the next paragraphs (`recycle`), and the
  /// bytes they hold.
  private var spareStorage: [ParagraphText.Storage] = []
  private var spareBytes = 0
  /// The most bytes kept in spare arrays (a batch of paragraphs' worth), and the most one
  /// paragraph's may hold to be kept.
  private static let spareLimit = (bytes: 4 << 20, each: 1 << 14)
  private var counter = 0
  /// Page breaks among the lines decided so far.
  private var pagesSeen = 0
  /// A folio's number less `pagesSeen` where the last folio was: the same on every page of
  /// a document that numbers its pages.
  private var folioOffset: Int?
  /// The line being decided opens its page: a page starts there, or only page furniture
  /// (a folio, a running header) came between it and the page break.
  private var atPageTop = false
  /// The line decided before was page furniture.
  private var followsFurniture = false

  /// A reflow engine for `options`, asking `junction` whether a break splits a word; with
  /// `planned`, the lines' layouts come planned ahead (`plan`).
  init(options: NormalizeOptions, junction: WrapJunction, planned: Bool) {
    self.options = options
    self.junction = junction
    self.planned = planned
  }

  /// The layouts of the next lines (see `LayoutPlanner`): each line's is planned before the
  /// line is decided.
  mutating func plan(_ layouts: [LocalLayout]) {
    plans.append(contentsOf: layouts)
  }

  /// Adds the next non-blank line, `text` (UTF-8 with stand-ins kept, see `ParagraphText`)
  /// measured as `line`, `gapBefore` blank lines after the one before it; emits every
  /// paragraph that becomes complete. With `borrowing`, `text` is read where it is until
  /// `keepBorrowedText()`; otherwise it is copied.
  public mutating func push(
    _ line: LayoutLine, text: UnsafeBufferPointer<UInt8>, borrowing: Bool, gapBefore: Int, log: inout [Change]?,
    emit: (Block) -> Void
  ) {
    window.append(line)
    if borrowing { texts.append(borrowing: text) } else { texts.append(text) }
    endsPage.append(false)
    layoutWindow.append(LocalLayout.Metrics(width: line.width, endsClause: line.endsClause, gapBefore: gapBefore))
    while window.count - cursor > Self.lookahead { decideNext(log: &log, emit: emit) }
  }

  /// Copies the text of the lines pushed borrowing it, which their caller is about to let go.
  mutating func keepBorrowedText() {
    texts.keepBorrowed()
  }

  /// A page break follows the last line pushed (blank lines aside). That line is not yet
  /// decided: lines are decided only once later lines are known.
  mutating func endPage() {
    if !endsPage.isEmpty { endsPage[endsPage.count - 1] = true }
  }

  /// How the line being decided begins (read when a decision asks).
  private var opening: LineOpening { texts.withText(of: cursor) { LineOpening($0) } }

  /// Blank lines between the line being decided and the line before it.
  private var gapBefore: Int { layoutWindow.metrics[cursor].gapBefore }

  /// The line at window index `index` opens a page: the form feed came in it, or on a blank
  /// line after the line before it.
  private func startsPage(at index: Int) -> Bool {
    window[index].pageStart || index > 0 && endsPage[index - 1]
  }

  /// Ends the document: decides the remaining lines and emits the last paragraphs.
  public mutating func finish(log: inout [Change]?, emit: (Block) -> Void) {
    while cursor < window.count { decideNext(log: &log, emit: emit) }
    closeParagraph(emit: emit)
    window.removeAll()
    texts.removeAll()
    endsPage.removeAll()
    layoutWindow.removeAll()
    plans.removeAll(keepingCapacity: true)
    cursor = 0
  }

  // MARK: - Decisions

  private mutating func decideNext(log: inout [Change]?, emit: (Block) -> Void) {
    let line = window[cursor]
    let layout = planned ? plans[cursor] : layoutWindow.layout(around: cursor)
    counter += 1
    let startsPage = startsPage(at: cursor)
    if startsPage { pagesSeen += 1 }
    defer {
      cursor += 1
      // The decided lines layout no longer looks at are dropped a few hundred at a time:
      // each drop moves the lines still kept to the front.
      if cursor > Self.decidedKept {
        window.removeFirst(cursor - LocalLayout.radius)
        texts.removeFirst(cursor - LocalLayout.radius)
        endsPage.removeFirst(cursor - LocalLayout.radius)
        layoutWindow.dropFirst(cursor - LocalLayout.radius)
        if planned { plans.removeFirst(cursor - LocalLayout.radius) }
        cursor = LocalLayout.radius
      }
    }
    if let current, current.count >= Self.paragraphLimit
      || pendingCaptions.count + pendingFurniture.count >= Self.pendingLimit
    {
      closeParagraph(emit: emit)
      previousEndedBlock = false  // the text goes on: its next line is no title or heading
    }
    atPageTop = startsPage || atPageTop && followsFurniture
    followsFurniture = removeAsFurniture(line, layout: layout, log: &log, emit: emit)
    if followsFurniture { return }
    let creditFollowsCaption = line.isBareCredit && (!pendingCaptions.isEmpty || currentIsCaption)
    if options.runs(.caption), line.isCaption,
      creditFollowsCaption || line.isFigureTitle || startsBlock(line, layout: layout)
    {
      placeCaption(line, log: &log, emit: emit)
      return
    }
    if current != nil, shouldJoin(line, layout: layout) {
      join(line, log: &log)
    } else {
      closeParagraph(emit: emit)
      start(line, layout: layout)
    }
  }

  /// True (and logged) when `line` is page furniture that leaves the flow.
  private mutating func removeAsFurniture(
    _ line: LayoutLine, layout: LocalLayout, log: inout [Change]?, emit: (Block) -> Void
  ) -> Bool {
    if inContents {
      if isContentsEntry(at: cursor) {
        drop(line, as: .contentsEntry, rule: .toc, log: &log, emit: emit)
        return true
      }
      inContents = false
    }
    if options.runs(.toc), line.isContentsTitle, contentsEntriesFollow() {
      inContents = true
      drop(line, as: .contentsTitle, rule: .toc, log: &log, emit: emit)
      return true
    }
    guard options.runs(.header) else { return false }
    if isPageNumber(at: cursor) || isFolio(line) {
      drop(line, as: .pageNumber, rule: .header, log: &log, emit: emit)
      return true
    }
    // A numbered line is a heading even when it repeats: `（一）主要做法` opens a section of
    // every chapter, and numbering restarts where running headers never carry it. Only a
    // chapter's own (`第一章 总则`) repeats at page tops.
    guard line.isHeadingShaped, line.keyCount >= 4, line.marker.map({ $0.kind == .chapter }) ?? true else {
      return false
    }
    let key = texts.headerKey(of: cursor, storage: &keyStorage)
    if let previous = seen[key], atPageTop || counter - previous >= Self.pageGap {
      drop(line, as: .runningHeader, rule: .header, log: &log, emit: emit)
      return true
    }
    if seen.count >= Self.memory { seen.removeAll(keepingCapacity: true) }
    seen[key] = counter
    return false
  }

  @inline(__always)
  private func contentsEntriesFollow() -> Bool {
    var entries = 0
    for index in (cursor + 1)..<window.count {
      guard isContentsEntry(at: index) else { break }
      entries += 1
      if entries >= 3 { return true }
    }
    return false
  }

  /// The line at window index `index` may be an entry of a table of contents.
  @inline(__always)
  private func isContentsEntry(at index: Int) -> Bool {
    let line = window[index]
    guard line.keyCount <= 40, !line.endsSentence, let last = texts.lastKeyCharacter(of: index), last != "，" else {
      return false
    }
    return line.marker != nil || line.isNamedHeading || line.isHeadingShaped
  }

  /// The line at window index `index` is a page number: `- 3 -`, `第3页`.
  @inline(__always)
  private func isPageNumber(at index: Int) -> Bool {
    guard window[index].keyCount > 0, window[index].keyCount <= 10 else { return false }
    let key = texts.key(of: index)
    let digits = key.filter(\.isASCIIDigit).count
    guard digits > 0, digits <= 4 else { return false }
    let dashed = key.count == digits + 2 && "-—–".unicodeScalars.contains(key[0])
      && "-—–".unicodeScalars.contains(key[key.count - 1])
    let page = key.first == "第" && key.last == "页" && key.count == digits + 2
    return dashed || page
  }

  /// A folio: a bare number (up to four digits) alone on the last or the first line of a
  /// page (other furniture above it aside), where pdftotext leaves it, before or after the
  /// form feed. It continues the numbering of the folios before it (its number less the
  /// page breaks so far is theirs), or, where it does not, neither line next to it is a
  /// figure (as in a column of a table running over the page).
  private mutating func isFolio(_ line: LayoutLine) -> Bool {
    guard line.keyCount <= 4, endsPage[cursor] || atPageTop else { return false }
    let key = texts.key(of: cursor)
    guard key.allSatisfy(\.isASCIIDigit) else { return false }
    let offset = key.reduce(0) { $0 * 10 + Int($1.value) - 0x30 } - pagesSeen
    if offset != folioOffset {
      let neighbours = [cursor - 1, cursor + 1].filter(window.indices.contains)
      guard !neighbours.contains(where: isBareFigure(at:)) else { return false }
    }
    folioOffset = offset
    return true
  }

  /// The line at window index `index` holds only a figure: digits with `.,%-` (`128`,
  /// `5.6`, `-3.2%`, `1,024`).
  private func isBareFigure(at index: Int) -> Bool {
    guard window[index].keyCount <= 16 else { return false }
    let key = texts.key(of: index)
    return key.contains(where: \.isASCIIDigit) && key.allSatisfy { $0.isASCIIDigit || ".,%-+".unicodeScalars.contains($0) }
  }

  /// Takes `line`, the line being decided, out of the flow as furniture of `kind`.
  private mutating func drop(
    _ line: LayoutLine, as kind: Block.Kind, rule: RuleID, log: inout [Change]?, emit: (Block) -> Void
  ) {
    furnitureSinceLast = true
    log?.append(Change(rule: rule, line: line.number, before: texts.scalars(of: cursor), after: []))
    // Blocks come out in the order of their first lines: furniture inside an open paragraph
    // waits for it.
    let block = Block(text: texts.paragraph(of: cursor, line: line), kind: kind, first: line)
    if current == nil { emit(block) } else { pendingFurniture.append(block) }
  }

  /// A line starts a block: the text before it ended, or a real break separates them.
  @inline(__always)
  private func startsBlock(_ line: LayoutLine, layout: LocalLayout) -> Bool {
    guard let last else { return true }
    if gapBefore > 0 && startsPage(at: cursor) { return true }  // `line` is the one decided
    if last.endsClause || currentIsHeading { return true }
    return gapBefore >= (layout.interleaved ? 2 : 1)
  }

  /// Places `line`, the line being decided, a caption.
  private mutating func placeCaption(_ line: LayoutLine, log: inout [Change]?, emit: (Block) -> Void) {
    let paragraph = texts.paragraph(of: cursor, line: line)
    if line.isBareCredit, !pendingCaptions.isEmpty {
      pendingCaptions[pendingCaptions.count - 1].text.append(paragraph)
      return
    }
    if line.isBareCredit, currentIsCaption, current != nil {
      current?.append(paragraph)
      return
    }
    if let last, current != nil, !last.endsClause, !currentIsHeading, !currentIsCaption {
      // Spliced into a sentence: the caption waits until the paragraph ends.
      pendingCaptions.append(Block(text: paragraph, kind: .caption, first: line))
      furnitureSinceLast = true
      log?.append(Change(rule: .caption, line: line.number, before: texts.scalars(of: cursor), after: []))
      return
    }
    closeParagraph(emit: emit)
    current = paragraph
    firstLine = line
    last = line
    currentLineCount = 1
    currentIsHeading = false
    currentIsCaption = true
  }

  /// Keeps the arrays of a paragraph written out (`ParagraphText.takeStorage`) for a next
  /// one, within `spareLimit`: in steady state paragraphs are then made without allocating.
  mutating func recycle(_ storage: ParagraphText.Storage) {
    let bytes = storage.capacity
    guard bytes <= Self.spareLimit.each, spareBytes + bytes <= Self.spareLimit.bytes else { return }
    spareStorage.append(storage)
    spareBytes += bytes
  }

  /// Spare arrays for a new paragraph, if any are kept.
  private mutating func takeSpareStorage() -> ParagraphText.Storage? {
    guard let storage = spareStorage.popLast() else { return nil }
    spareBytes -= storage.capacity
    return storage
  }

  /// Whether `line` continues the current paragraph.
  @inline(__always)
  private func shouldJoin(_ line: LayoutLine, layout: LocalLayout) -> Bool {
    guard let last, options.runs(.reflow) else { return false }
    if line.startsWithClosing { return true }
    if currentIsCaption { return false }
    // A figure or table title is a block of its own, whether or not captions are moved.
    if line.isFigureTitle || (currentLineCount == 1 && firstLine?.isFigureTitle == true) { return false }
    let startsHeading = line.isNamedHeading || (line.marker != nil && (last.endsClause || currentIsHeading))
    // Text runs on across furniture (a caption, a page break) from a line that ends
    // mid-clause — across a page break, from one that filled half the column at least: a
    // shorter last line of a page (a table cell) is judged by layout.
    if furnitureSinceLast && !last.endsClause && !startsHeading && !currentIsHeading
      && (!atPageTop || last.width * 2 > layout.column)
    {
      return true
    }
    // A wrapped fragment joins whatever layout says; asking ICU only when layout says no
    // leaves the decision as it was and spares most of the dictionary lookups.
    return joinsByLayout(line, last: last, startsHeading: startsHeading, layout: layout)
      || isWrappedFragment(last, before: line)
  }

  /// Whether layout joins `line` to the current paragraph (after `last`), ignoring whether
  /// the break splits a word.
  private func joinsByLayout(
    _ line: LayoutLine, last: LayoutLine, startsHeading: Bool, layout: LocalLayout
  ) -> Bool {
    if currentIsHeading { return continuesHeading(line, layout: layout) }
    if startsHeading { return false }
    guard layout.hardWrapped else { return false }
    if gapBefore >= (layout.interleaved ? 2 : 1) { return false }
    if line.isEmphasized || (currentLineCount == 1 && last.isEmphasized) { return false }
    if currentLineCount == 1 && last.isHeadingShaped && last.hasBalancedBrackets && previousEndedBlock
      && (line.marker != nil
        || !opening.stopsEarly && !opening.endsSentenceEarly
          && (last.width <= layout.column - max(layout.shortfall, 2 * layout.indent + 2) || line.isHeadingShaped))
    {
      // An unpunctuated line set off from the text is a heading or title when it is short,
      // or when a heading of its own follows it: `一、` opens no sentence's second line,
      // however full the title (a title as wide as the text, or a document of short lines).
      return false
    }
    if currentIsBracketed { return false }  // `（原载于…）`, `（来源：…）`: a note ends here
    // After a full stop, a line opens a paragraph when it starts with a label (`答：`) or is
    // indented past the line before: by the indent extraction kept (`　　`), or by the one
    // it lost (the line is a little short).
    if last.endsSentence {
      if last.width <= layout.column - layout.shortfall { return false }
      let indented = opensParagraph(line, after: last) || line.width <= layout.column - layout.indent && !line.endsClause
      return !indented
    }
    if last.endsClause && (last.width <= layout.column - layout.shortfall || opensParagraph(line, after: last)) {
      return false
    }
    return true
  }

  /// `line`, the line being decided, opens a paragraph by its look: a first-line indent
  /// extraction kept (two columns more than `last`), or a label (`答：`, `注：`).
  private func opensParagraph(_ line: LayoutLine, after last: LayoutLine) -> Bool {
    line.indent >= last.indent + 2 || opening.opensWithLabel
  }

  /// `中国与不少国家发⏎展了友好关系`: a short unnumbered line whose break splits a word is
  /// the start of a paragraph wrapped early (before a page break or a blank line), not a
  /// heading: it joins the line after it (the line being decided) across at most one blank
  /// line.
  private func isWrappedFragment(_ last: LayoutLine, before line: LayoutLine) -> Bool {
    guard currentLineCount == 1, last.isHeadingShaped, last.marker == nil, !last.isNamedHeading,
      !last.isEmphasized, line.marker == nil, !line.isNamedHeading, gapBefore <= 1, let current
    else { return false }
    // The paragraph is `last` alone (a caption, the one kind that takes a credit without
    // counting it as a line, never gets here).
    return junction.splitsWord(current.scalars, texts.scalars(of: cursor))
  }

  /// The current paragraph is one bracketed note: it opens with `（` and its last line
  /// closes that bracket.
  private var currentIsBracketed: Bool {
    guard let current else { return false }
    return current.withUTF8 { text in
      // Its first character, `（` (EF BC 88) or `(`, read from its bytes: most paragraphs stop here.
      let start = ValidUTF8.firstNonSpace(in: text)
      guard start < text.count,
        text[start] == 0x28 || text[start] == 0xEF && start + 2 < text.count && text[start + 1] == 0xBC
          && text[start + 2] == 0x88,
        let end = ValidUTF8.last(in: text, where: { !$0.isSpaceLike }), end == "）" || end == ")"
      else { return false }
      var depth = 0
      var scalars = ValidUTF8.Scalars(text)
      while let c = scalars.next() {
        if c == "（" || c == "(" { depth += 1 }
        if c == "）" || c == ")" {
          depth -= 1
          if depth == 0 { return scalars.allSatisfy(\.isSpaceLike) }
        }
      }
      return false
    }
  }

  /// A heading's wrapped continuation: a line without punctuation no longer than the
  /// heading's first line (headings wrap in a larger type than the body), at most two.
  private func continuesHeading(_ line: LayoutLine, layout: LocalLayout) -> Bool {
    guard let last, !last.endsClause, currentLineCount < 3, line.marker == nil else { return false }
    if last.width >= layout.column * 3 / 4 && opening.stopsEarly {
      return true  // `间。习近平…`: the end of a wrapped run-in heading's sentence
    }
    if layout.hardWrapped && last.width > layout.column - layout.shortfall && !line.isNamedHeading {
      return true  // the heading line is full: a run-in heading wrapped into its paragraph
    }
    guard
      !line.hasPunctuation, !line.isNamedHeading,
      line.keyCount <= max(headingLineLength, 14)
    else { return false }
    return gapBefore < (layout.interleaved ? 2 : 1) || !layout.hardWrapped && gapBefore <= 1
  }

  // MARK: - Building paragraphs

  /// The first line of the current paragraph.
  private var firstLine: LayoutLine?
  /// The current paragraph started after a finished block.
  private var startedFresh = false

  /// The paragraph before the current one ended a block (a sentence, a heading, a caption).
  private var previousEndedBlock = true

  /// Opens a paragraph with `line`, the line being decided.
  private mutating func start(_ line: LayoutLine, layout: LocalLayout) {
    firstLine = line
    startedFresh = previousEndedBlock
    var spare = takeSpareStorage()
    current = texts.paragraph(of: cursor, line: line, storage: &spare)
    last = line
    currentLineCount = 1
    currentIsCaption = false
    furnitureSinceLast = false
    headingLineLength = line.keyCount
    currentIsHeading = line.isNamedHeading
      || (line.marker != nil && !line.endsSentence && previousEndedBlock && line.keyCount <= 60
        && !line.hasSentenceInside)
  }

  /// Joins `line`, the line being decided, to the current paragraph.
  private mutating func join(_ line: LayoutLine, log: inout [Change]?) {
    // Taken out of `current` so that its arrays are uniquely held and grow in place
    // (a copy would copy the whole paragraph on every joined line).
    guard var paragraph = current.take() else { return }
    let dehyphenate = options.dehyphenate
    // The closure captures no `self`: that would copy the whole engine, every array of it
    // retained and released, for each joined line.
    texts.withText(of: cursor) { text in
      // The line's leading spaces, and its first other character.
      var lead = 0
      var leadCount = 0
      var first: Unicode.Scalar?
      while lead < text.count {
        let (c, next) = ValidUTF8.scalar(at: lead, in: text)
        if !c.isSpaceLike {
          first = c
          break
        }
        lead = next
        leadCount += 1
      }
      let tail = UnsafeBufferPointer(rebasing: text[lead...])
      paragraph.removeTrailingSpaces()
      let separator = Self.joinSeparator(paragraph.last, first)
      if dehyphenate, separator.isEmpty, paragraph.last == "-", paragraph.count >= 2,
        paragraph.suffix(2)[0].properties.isLowercase, first?.properties.isLowercase == true
      {
        paragraph.removeLast()
      }
      if log != nil {
        let left = paragraph.suffix(6)
        let right = Array(ValidUTF8.Scalars(tail).prefix(6))
        log?.append(Change(rule: .reflow, line: line.number - 1,
                           before: left + ["\u{23CE}"] + right, after: left + separator + right))
      }
      paragraph.append(
        tail, line: line.number, count: line.length - leadCount, inert: line.isInert, ruleFeatures: line.ruleFeatures,
        separator: separator)
    }
    current = paragraph
    last = line
    currentLineCount += 1
    furnitureSinceLast = false
    if line.hasPunctuation { currentIsHeading = false }
  }

  /// What joins a text ending in `a` to a line starting with `b` (the characters either
  /// side that are not spaces): nothing between CJK and anything; one space between two
  /// Latin or digit sides; nothing after a hyphen.
  private static func joinSeparator(_ a: Unicode.Scalar?, _ b: Unicode.Scalar?) -> [Unicode.Scalar] {
    guard let a, let b else { return [] }
    if a.isCJK || b.isCJK || a.traits.contains(.wide) || b.traits.contains(.wide) || a == "-" { return [] }
    return [" "]
  }

  private mutating func closeParagraph(emit: (Block) -> Void) {
    if let paragraph = current, let first = firstLine {
      let standalone = startedFresh && currentLineCount == 1 && first.isHeadingShaped && first.hasBalancedBrackets
      let kind: Block.Kind = currentIsCaption ? .caption : currentIsHeading || standalone ? .heading : .text
      emit(Block(text: paragraph, kind: kind, first: first))
      // A photo credit (`新华社记者 鞠焕宗 摄`) ends its block as a full stop would.
      previousEndedBlock = last?.endsClause ?? true || currentIsHeading || currentIsCaption
        || (last?.isHeadingShaped ?? false) || (last?.isCaption ?? false) || currentIsBracketed
    }
    for caption in pendingCaptions { emit(caption) }
    for block in pendingFurniture { emit(block) }
    // Kept: a page's folio inside an open paragraph waits here on nearly every page.
    pendingFurniture.removeAll(keepingCapacity: true)
    firstLine = nil
    pendingCaptions.removeAll(keepingCapacity: true)
    current = nil
    last = nil
    currentLineCount = 0
    currentIsHeading = false
    currentIsCaption = false
  }
}
