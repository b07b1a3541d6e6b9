import Foundation

/// A built zhtext executable run through real pipes and files.
struct Tool {
  /// The repository root (this file is Tests/CLITests/Tool.swift).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  let name: String

  /// The binary: the debug build `swift test` made, or the release build.
  var path: String {
    for configuration in ["debug", "release"] {
      let candidate = Tool.root.appendingPathComponent(".build/\(configuration)/\(name)").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return name
  }

  /// What a run produced.
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
    var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
  }

  /// Runs the tool with `arguments`, `input` on standard input, optionally `environment`.
  func run(_ arguments: [String], input: Data = Data(), environment: [String: String]? = nil) throws -> Result {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let inURL = directory.appendingPathComponent("in")
    let outURL = directory.appendingPathComponent("out")
    let errURL = directory.appendingPathComponent("err")
    try input.write(to: inURL)
    for url in [outURL, errURL] where !FileManager.default.createFile(atPath: url.path, contents: nil) {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = Tool.root
    if let environment { process.environment = environment }
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                  stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// Runs a shell pipeline from the repository root; returns its status and output.
  static func shell(_ command: String) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = root
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: data, stderr: String(decoding: errors, as: UTF8.self))
  }

  /// The seed documents.
  static var seeds: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { "seeds/\($0)" }
  }
}

extension Data {
  init(_ string: String) { self = Data(string.utf8) }
}
