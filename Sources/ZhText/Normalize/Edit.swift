/// One change a rule makes to a text: replace the scalars in `range` with `replacement`.
///
/// Rules are pure functions from a text to a sorted list of non-overlapping edits; the
/// caller applies them, which keeps every change visible to `--report` and `--diff`.
public struct Edit: Equatable, Sendable {
  /// The replaced span, in scalar offsets of the text the rule saw.
  public var range: Range<Int>
  /// What replaces it (empty for a deletion).
  public var replacement: [Unicode.Scalar]

  /// Replaces `range` with `replacement`.
  public init(_ range: Range<Int>, _ replacement: [Unicode.Scalar]) {
    self.range = range
    self.replacement = replacement
  }

  /// Deletes `range`.
  public static func delete(_ range: Range<Int>) -> Edit { Edit(range, []) }

  /// The single edit that turns `old` into `new` (their differing middle), or nil when
  /// they are equal.
  public static func between(_ old: [Unicode.Scalar], _ new: [Unicode.Scalar]) -> Edit? {
    guard old != new else { return nil }
    var prefix = 0
    while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix && suffix < new.count - prefix
      && old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    return Edit(prefix..<(old.count - suffix), Array(new[prefix..<(new.count - suffix)]))
  }
}

extension Array where Element == Edit {
  /// Appends `edit`, making room for several with the first: a rule that edits a text once
  /// mostly edits it again, and growing the list one doubling at a time costs an allocation
  /// each. The rules build their edit lists with it.
  @inline(__always)
  mutating func add(_ edit: Edit) {
    if capacity == 0 { reserveCapacity(8) }
    append(edit)
  }
}

extension Array where Element == Unicode.Scalar {
  /// This text with `edits` (sorted, non-overlapping) applied.
  public func applying(_ edits: [Edit]) -> [Unicode.Scalar] {
    guard !edits.isEmpty else { return self }
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(count)
    var cursor = 0
    for edit in edits {
      output.append(contentsOf: self[cursor..<edit.range.lowerBound])
      output.append(contentsOf: edit.replacement)
      cursor = edit.range.upperBound
    }
    output.append(contentsOf: self[cursor...])
    return output
  }

  /// Applies `edits` (sorted, non-overlapping) to this text. When no edit lengthens its span
  /// (deletions, one-for-one replacements: most edits) the text is compacted in its own
  /// storage, so a rule's changes cost no new array; otherwise as `applying`.
  public mutating func apply(_ edits: [Edit]) {
    guard !edits.isEmpty, !isEmpty else { return }
    guard edits.allSatisfy({ $0.replacement.count <= $0.range.count }) else {
      self = applying(edits)
      return
    }
    let stride = MemoryLayout<Unicode.Scalar>.stride
    let kept: Int = withUnsafeMutableBufferPointer { text in
      let base = UnsafeMutableRawPointer(text.baseAddress!)
      // Everything before `read` that stays has moved down to before `write` (write <= read).
      var write = 0
      var read = 0
      func keep(upTo end: Int) {
        base.advanced(by: write * stride).copyMemory(from: base.advanced(by: read * stride), byteCount: (end - read) * stride)
        write += end - read
      }
      for edit in edits {
        keep(upTo: edit.range.lowerBound)
        for scalar in edit.replacement {
          text[write] = scalar
          write += 1
        }
        read = edit.range.upperBound
      }
      keep(upTo: text.count)
      return write
    }
    removeLast(count - kept)
  }
}
