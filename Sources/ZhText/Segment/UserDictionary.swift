/// Words a user wants kept whole (`--dict FILE`), in the format jieba users already have:
/// one word per line, optionally followed by a frequency and a part-of-speech tag, separated
/// by spaces. Lines starting with `#` and empty lines are skipped.
public struct UserDictionary: Sendable {
  private var wordsByFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
  /// How many words it holds.
  public private(set) var count = 0

  /// An empty dictionary.
  public init() {}

  /// Parses dictionary text.
  public init(parsing text: [Unicode.Scalar]) {
    var line: [Unicode.Scalar] = []
    for c in text + ["\n"] {
      if c == "\n" || c == "\r" {
        add(line: line)
        line.removeAll(keepingCapacity: true)
      } else {
        line.append(c)
      }
    }
  }

  private mutating func add(line: [Unicode.Scalar]) {
    let word = Array(line.prefix { $0 != " " && $0 != "\t" })
    guard !word.isEmpty, word.first != "#" else { return }
    wordsByFirst[word[0], default: []].append(word)
    wordsByFirst[word[0]]?.sort { $0.count > $1.count }
    count += 1
  }

  /// The dictionary words of `text`: longest match at each position, left to right.
  public func occurrences(in text: [Unicode.Scalar]) -> [Range<Int>] {
    guard count > 0 else { return [] }
    var found: [Range<Int>] = []
    var i = 0
    while i < text.count {
      if let candidates = wordsByFirst[text[i]],
        let word = candidates.first(where: { i + $0.count <= text.count && text[i..<(i + $0.count)].elementsEqual($0) })
      {
        found.append(i..<(i + word.count))
        i += word.count
      } else {
        i += 1
      }
    }
    return found
  }
}
