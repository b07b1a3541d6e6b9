import Testing

@testable import ZhText

/// Exact decimals on both sides of the 18-digit boundary between the inline coefficient
/// and the digit array: each expected string is the arithmetic done by hand.
@Suite struct ExactDecimalTests {
  static func d(_ digits: String, fraction: String = "") -> ExactDecimal {
    ExactDecimal(integer: digits.map { UInt8(String($0))! }, fraction: fraction.map { UInt8(String($0))! })
  }

  @Test func plainForms() {
    #expect(Self.d("2023").description == "2023")
    #expect(Self.d("0", fraction: "007").description == "0.007")
    #expect(Self.d("1", fraction: "50").description == "1.5")
    #expect(Self.d("63").shifted(by: 11).description == "6300000000000")
    #expect(Self.d("16").shifted(by: -1).shifted(by: 4).description == "16000")
    #expect(ExactDecimal(-40).description == "-40")
    #expect(ExactDecimal(0).description == "0")
    #expect(Self.d("000").isZero && Self.d("0", fraction: "000") == ExactDecimal.zero)
    #expect(ExactDecimal(5).negated.negated == ExactDecimal(5))
  }

  @Test func sumsCarryAcrossTheInlineLimit() {
    // 18 nines + 1 = 10^18: the sum leaves the inline form.
    let nines = Self.d(String(repeating: "9", count: 18))
    #expect((nines + ExactDecimal(1)).description == "1" + String(repeating: "0", count: 18))
    // 20 nines (array form) + 1.
    let twenty = Self.d(String(repeating: "9", count: 20))
    #expect((twenty + ExactDecimal(1)).description == "1" + String(repeating: "0", count: 20))
    // Exponents far apart: 1 × 10^30 + 0.5 does not fit 64 bits once aligned.
    let sum = ExactDecimal(1).shifted(by: 30) + Self.d("0", fraction: "5")
    #expect(sum.description == "1" + String(repeating: "0", count: 30) + ".5")
    // 99999999999999999999亿 stays exact.
    #expect(twenty.shifted(by: 8).description == String(repeating: "9", count: 20) + "00000000")
  }

  @Test func equalValuesAreEqualWhateverTheirForm() {
    let long = Self.d("1" + String(repeating: "0", count: 25))
    #expect(long == ExactDecimal(1).shifted(by: 25))
    #expect(Set([long, ExactDecimal(1).shifted(by: 25)]).count == 1)
    #expect(Self.d("12", fraction: "30") == Self.d("123").shifted(by: -1))
  }

  @Test func ordering() {
    #expect(ExactDecimal(3) < ExactDecimal(5))
    #expect(!(ExactDecimal(5) < ExactDecimal(5)))
    #expect(Self.d("0", fraction: "7") < Self.d("2", fraction: "9"))
    #expect(ExactDecimal(-40) < ExactDecimal(3))
    #expect(ExactDecimal(-40) < ExactDecimal(-3))
    #expect(ExactDecimal(7) < Self.d(String(repeating: "9", count: 20)))
  }
}
