#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Messages to standard error, always prefixed with the tool's name: `tool: file: reason`.
public enum Diagnostics {
  /// The tool's name, as messages show it (not argv[0]'s path).
  nonisolated(unsafe) public static var toolName = "zhtext"

  /// Writes `tool: message` and a newline to standard error, unbuffered.
  public static func report(_ message: String) {
    writeRaw(Array("\(toolName): \(message)\n".utf8))
  }

  /// Writes raw bytes to standard error (for `--report` lines).
  public static func writeRaw(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
      if written <= 0 { return }
      offset += written
    }
  }

  /// A file name as messages show it: quoted (`'a b'`) when it has characters a shell
  /// would split or expand.
  public static func quote(_ name: String) -> String {
    let plain = name.unicodeScalars.allSatisfy {
      $0.isASCIIAlphanumeric || "-_./+,:@%=".unicodeScalars.contains($0) || $0.value > 0x7F
    }
    if plain && !name.isEmpty { return name }
    return "'" + name.replacingAll("'", with: "'\\''") + "'"
  }

  /// The C library's text for `errno` value `code`.
  public static func describe(errno code: Int32) -> String { String(cString: strerror(code)) }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self { if character == target { result += replacement } else { result.append(character) } }
    return result
  }
}
