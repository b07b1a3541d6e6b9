/// Rule `radical`: a Kangxi radical or supplementary CJK radical next to a Han character —
/// a classic artifact of PDF fonts that draw ideographs with radical glyphs — becomes the
/// unified ideograph it is equivalent to (Unicode's EquivalentUnifiedIdeograph data).
/// A radical standing alone (in a dictionary's radical index, say) is left as it is.
public enum RadicalRule {
  /// The edits for `text`.
  public static func edits(_ text: [Unicode.Scalar]) -> [Edit] {
    var edits: [Edit] = []
    for i in text.indices {
      guard let target = CharacterMap.radicals[text[i]] else { continue }
      let left = i > 0 ? text[i - 1] : nil
      let right = i + 1 < text.count ? text[i + 1] : nil
      if left?.isHan == true || right?.isHan == true {
        edits.add(Edit(i..<i + 1, [target]))
      }
    }
    return edits
  }
}
