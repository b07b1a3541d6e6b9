/// Input lines made ready for layout on one thread, to be laid out on another: the line
/// rules applied and each line measured — or its measuring left to the thread that lays it
/// out, when that thread has time to spare. Either way the layout is the same.
///
/// The lines' text lies in one buffer and a batch's storage is reused for the next, so a
/// prepared line costs no allocation of its own.
public struct PreparedLines {
  /// How far a line was taken.
  enum Layout {
    /// A blank line (nothing, or only spaces and tabs), which held a form feed when
    /// `pageBreak`.
    case blank(pageBreak: Bool)
    /// Input line `number`, cleaned by the line rules but not measured: whether a page
    /// starts there (it held a form feed) and whether rule `doubled` collapsed it.
    case cleaned(number: Int, pageStart: Bool, emphasized: Bool)
    /// A measured line.
    case measured(LayoutLine)
  }

  /// The lines' text, one after another.
  private var text: [Unicode.Scalar] = []
  /// Each line's layout and where its text ends in `text`.
  private var lines: [(end: Int, layout: Layout)] = []

  /// An empty batch.
  public init() {}

  /// No lines.
  public var isEmpty: Bool { lines.isEmpty }

  /// Forgets every line, keeping the storage.
  public mutating func removeAll() {
    text.removeAll(keepingCapacity: true)
    lines.removeAll(keepingCapacity: true)
  }

  /// Appends input line `number` from its UTF-8 bytes, prepared as `append(_:number:rules:measuring:)`
  /// prepares it. False, with nothing appended, when the bytes are not valid UTF-8: the
  /// caller then decodes them itself and reports them.
  public mutating func append(
    utf8 bytes: UnsafeBufferPointer<UInt8>, number: Int, rules: ParagraphRules, measuring: Bool
  ) -> Bool {
    let start = text.count
    guard ScalarCoding.decode(bytes, into: &text) == nil else {
      text.removeSubrange(start...)
      return false
    }
    var log: [Change]? = nil
    prepareLine(from: start, number: number, rules: rules, measuring: measuring, log: &log)
    return true
  }

  /// Appends input line `number`: the line rules applied (changes recorded in `log` when it
  /// is non-nil) and, when `measuring`, the line measured. A pure function of the line, so
  /// lines may be prepared on one thread and laid out on another.
  public mutating func append(
    _ line: [Unicode.Scalar], number: Int, rules: ParagraphRules, measuring: Bool, log: inout [Change]?
  ) {
    let start = text.count
    text.append(contentsOf: line)
    prepareLine(from: start, number: number, rules: rules, measuring: measuring, log: &log)
  }

  /// Prepares the line whose text was just appended from `start` on.
  private mutating func prepareLine(
    from start: Int, number: Int, rules: ParagraphRules, measuring: Bool, log: inout [Change]?
  ) {
    guard text.count > start else {
      lines.append((start, .blank(pageBreak: false)))  // half the lines of hard-wrapped extractions
      return
    }
    var pageStart = false
    var emphasized = false
    let needsCleaning = text.withUnsafeBufferPointer { all in
      let line = UnsafeBufferPointer(rebasing: all[start...])
      return line.contains("\u{0C}") || rules.mayCleanLine(line)
    }
    if needsCleaning {
      // A copy only for the few lines the line rules change (or may).
      let cleaned = DocumentNormalizer.cleaned(Array(text[start...]), number: number, rules: rules, log: &log)
      text.replaceSubrange(start..., with: cleaned.line.text)
      pageStart = cleaned.pageStart
      emphasized = cleaned.emphasized
    }
    let layout: Layout
    if measuring {
      let measured = text.withUnsafeBufferPointer {
        BlockReader.measure(
          UnsafeBufferPointer(rebasing: $0[start...]), number: number, pageStart: pageStart, emphasized: emphasized)
      }
      layout = measured.map { .measured($0) } ?? .blank(pageBreak: pageStart)
    } else {
      layout = .cleaned(number: number, pageStart: pageStart, emphasized: emphasized)
    }
    lines.append((text.count, layout))
  }

  /// Calls `body` with each line's text (in place) and layout, in input order.
  func forEach(_ body: (UnsafeBufferPointer<Unicode.Scalar>, Layout) -> Void) {
    text.withUnsafeBufferPointer { text in
      lines.withUnsafeBufferPointer { lines in
        var start = 0
        for line in lines {
          body(UnsafeBufferPointer(rebasing: text[start..<line.end]), line.layout)
          start = line.end
        }
      }
    }
  }
}
