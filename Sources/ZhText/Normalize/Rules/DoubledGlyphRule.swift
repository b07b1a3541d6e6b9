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
    var start = 0
    var end = text.count
    while start < end && text[start].isSpaceLike { start += 1 }
    while end > start && text[end - 1].isSpaceLike { end -= 1 }
    // Cheap tests first: each character comes an even number of times (so the line has an
    // even length and its scalar values XOR to zero), and the line opens with a chunk
    // written twice.
    guard end - start >= 4, end - start <= maximumLength, (end - start) & 1 == 0,
      text[start..<end].reduce(0, { $0 ^ $1.value }) == 0, opensWithDoubledChunk(text[start..<end])
    else { return [] }
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

  private static func opensWithDoubledChunk(_ body: ArraySlice<Unicode.Scalar>) -> Bool {
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
