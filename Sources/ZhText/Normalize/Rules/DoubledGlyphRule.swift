/// Rule `doubled`: a line written entirely as chunks that each appear twice in a row — the
/// trace of fake-bold PDF text drawn twice (`北京北京：：…`) — becomes one copy of each chunk.
///
/// Only whole lines qualify, with at least two chunks, more than two distinct characters and
/// one chunk longer than a character, so `实实在在`, `谢谢谢谢` and AABB reduplications such as
/// `明明白白清清楚楚` stay as written.
public enum DoubledGlyphRule {
  /// Lines longer than this are not examined (doubled headlines are short).
  static let maximumLength = 400

  /// The edit collapsing `text`, if the whole (trimmed) line is doubled.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    let (start, end) = trimmedBounds(text)
    guard passesCheapTests(text[start..<end]) else { return [] }
    let body = Array(text[start..<end])
    var dead = [Bool](repeating: false, count: body.count + 1)
    guard let chunks = split(body, from: 0, dead: &dead), chunks.count >= 2, chunks.contains(where: { $0 > 1 }),
      Set(body).count > 2
    else { return [] }
    var collapsed: [Unicode.Scalar] = []
    var offset = 0
    for length in chunks {
      collapsed.append(contentsOf: body[offset..<offset + length])
      offset += 2 * length
    }
    return [Edit(start..<end, collapsed)]
  }

  /// False when `edits` finds nothing in `text` for certain: tested in place, as nearly
  /// every line is.
  static func mayCollapse(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
    let (start, end) = trimmedBounds(text)
    return passesCheapTests(text[start..<end])
  }

  /// Where `text` starts and ends without its leading and trailing spaces.
  private static func trimmedBounds<C: RandomAccessCollection<Unicode.Scalar>>(_ text: C) -> (Int, Int)
  where C.Index == Int {
    var start = text.startIndex
    var end = text.endIndex
    while start < end && text[start].isSpaceLike { start += 1 }
    while end > start && text[end - 1].isSpaceLike { end -= 1 }
    return (start, end)
  }

  /// The cheap tests a doubled line passes: each character comes an even number of times
  /// (so the line has an even length and its scalar values XOR to zero), and the line
  /// opens with a chunk written twice.
  private static func passesCheapTests<C: RandomAccessCollection<Unicode.Scalar>>(_ body: C) -> Bool
  where C.Index == Int {
    body.count >= 4 && body.count <= maximumLength && body.count & 1 == 0
      && body.reduce(0, { $0 ^ $1.value }) == 0 && opensWithDoubledChunk(body)
  }

  private static func opensWithDoubledChunk<C: RandomAccessCollection<Unicode.Scalar>>(_ body: C) -> Bool
  where C.Index == Int {
    let first = body.startIndex
    var length = 1
    while 2 * length <= body.count {
      if body[first + length] == body[first]
        && body[first..<first + length].elementsEqual(body[first + length..<first + 2 * length])
      {
        return true
      }
      length += 1
    }
    return false
  }

  /// Chunk lengths covering `body[from...]` as doubled chunks, shortest chunks first;
  /// `dead` remembers positions from which no split exists (keeps the search linear-ish).
  private static func split(_ body: [Unicode.Scalar], from: Int, dead: inout [Bool]) -> [Int]? {
    if from == body.count { return [] }
    if dead[from] { return nil }
    let remaining = body.count - from
    var length = 1
    while 2 * length <= remaining {
      if body[from..<from + length] == body[from + length..<from + 2 * length],
        let rest = split(body, from: from + 2 * length, dead: &dead)
      {
        return [length] + rest
      }
      length += 1
    }
    dead[from] = true
    return nil
  }
}
