/// Rule `t2s` in its default `stray` mode: a traditional character that has slipped into
/// simplified text (`中國`, `克萊比奧`) becomes its simplified form.
///
/// Only characters outside the Table of General Standard Chinese Characters whose simplified
/// variant differs are touched, so every character of the standard table — including `著 覆
/// 俱 乾 瞭 于 后 发`, which a character-level converter would corrupt (显著 → 显着) — stays.
/// A paragraph in which such characters are common is traditional text, not simplified text
/// with strays, and is left alone: converting it character by character would produce a mix
/// of both scripts (convert such documents with a phrase-aware converter such as OpenCC).
public enum StrayTraditionalRule {
  /// Above this share of convertible characters among a paragraph's Han characters, the
  /// paragraph is taken to be traditional text.
  static let traditionalShare = 0.05
  /// Up to this many convertible characters are always strays, whatever the share.
  static let alwaysStray = 2

  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    var edits: [Edit] = []
    var han = 0
    for i in text.indices {
      let scalar = text[i]
      guard scalar.value >= 0x3400 else { continue }
      if scalar.isHan { han += 1 }
      if let simplified = CharacterMap.strayTraditional[scalar] {
        edits.add(Edit(i..<i + 1, [simplified]))
      }
    }
    if edits.count > alwaysStray && Double(edits.count) > traditionalShare * Double(han) {
      return []
    }
    return edits
  }
}
