/// The traits (`CharacterTraits`), measure classes (`MeasureClass`) and rule features
/// (`TextFeatures`) of every BMP character, baked into the binary so that no tool computes
/// them from ICU at start (7.7 M instructions at every start of normalize and tag-sections
/// when they did).
///
/// Each is held as runs of characters with the same value (`BakedCharacterRuns.swift`,
/// which scripts/generate-tables writes from the `compute` functions and a test holds to
/// them): an entry is a run's first scalar value << 16 | the value, in order, and a run
/// lasts until the next entry's. Surrogates, which are not characters, have 0.
enum BakedCharacterTables {
  /// Fills `table`, one entry per BMP scalar value, from `runs`.
  static func fill<Value: FixedWidthInteger>(_ table: UnsafeMutableBufferPointer<Value>, from runs: [UInt32]) {
    let base = table.baseAddress!
    for (index, run) in runs.enumerated() {
      let start = Int(run >> 16)
      let end = index + 1 < runs.count ? Int(runs[index + 1] >> 16) : 0x10000
      (base + start).initialize(repeating: Value(truncatingIfNeeded: run & 0xFFFF), count: end - start)
    }
  }
}
