import Foundation
import Testing

/// Every tool's man page and --help list the same long options (CLI.md 24).
@Suite struct ManPageTests {
  @Test(arguments: ["normalize", "extract-numbers", "segment", "tag-sections"])
  func documentsEveryOption(_ name: String) throws {
    let tool = Tool(name: name)
    let help = try tool.run(["--help"]).text
    let page = try String(contentsOf: Tool.root.appendingPathComponent("man/\(name).1"), encoding: .utf8)
    let options = Set(help.split(whereSeparator: { " ,\n()".contains($0) })
      .filter { $0.hasPrefix("--") && $0.count > 2 }.map { String($0.split(separator: "=")[0]) })
    #expect(options.count > 5)
    for option in options where option != "--help" && option != "--version" {
      #expect(page.contains("Fl -" + option.dropFirst(2)), "\(option) is not in man/\(name).1")
    }
    for documented in page.split(separator: "\n") where documented.hasPrefix(".It Fl -") {
      let option = documented.dropFirst(".It Fl ".count).split(separator: " ")[0]
      #expect(help.contains("-" + option), "\(option) is in man/\(name).1 but not in --help")
    }
  }
}
