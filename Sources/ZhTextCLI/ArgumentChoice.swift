import ArgumentParser

/// An option whose value is one of a fixed set of words: the raw values of its cases.
///
/// Its words are read from the raw values directly. swift-argument-parser's default for such
/// an enum maps its cases through a key path, which the Swift runtime builds, resolving
/// generic types by name, at every start of every tool (about 0.4 M instructions per option
/// type, up to 1 M for the first).
public protocol ArgumentChoice: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {}

extension ArgumentChoice {
  /// The words the option accepts, in the order of the cases.
  public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
}
