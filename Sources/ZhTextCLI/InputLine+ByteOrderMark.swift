extension InputLine {
  /// The line's text without a leading byte order mark on a document's first line
  /// (CLI.md 18: a BOM is not text).
  public var textWithoutByteOrderMark: [Unicode.Scalar] {
    number == 1 && text.first == "\u{FEFF}" ? Array(text.dropFirst()) : text
  }
}
