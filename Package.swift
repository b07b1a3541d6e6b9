// swift-tools-version:6.0
import PackageDescription

// Release executables carry the Swift runtime (and the Foundation parts swift-argument-parser
// uses) inside them: they run where no Swift toolchain is installed, and they start in about
// two thirds of the time, since the dynamic linker no longer loads and binds a dozen runtime
// libraries for every file a batch job opens. Debug builds link the shared runtime, to link
// fast. swift-argument-parser is compiled against the shared FoundationEssentials, whose link
// entries leave out the two archives its static library needs; they are named here.
let selfContained: [LinkerSetting] = [
  .unsafeFlags(["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims"], .when(platforms: [.linux], configuration: .release))
]

let package = Package(
  name: "zhtext",
  products: [
    .library(name: "ZhText", targets: ["ZhText"]),
    .executable(name: "normalize", targets: ["normalize"]),
    .executable(name: "extract-numbers", targets: ["extract-numbers"]),
    .executable(name: "segment", targets: ["segment"]),
    .executable(name: "tag-sections", targets: ["tag-sections"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The system ICU (libicu-dev). Its module header includes no ICU header: Swift must
    // never see <unicode/*.h> (see DESIGN.md); the target only carries the link flags.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc",
      providers: [.apt(["libicu-dev"])]
    ),
    // The only code that includes ICU headers. Its public header uses stdint types and
    // opaque handles so that Foundation's private ICU and the system ICU never meet.
    .target(name: "CICUShim", dependencies: ["CICU"]),
    // jieba's dictionary and unknown-word model (MIT), embedded by C23 #embed so that the
    // word lexicon is mapped with the binary (see scripts/generate-lexicon).
    .target(name: "CLexicon", exclude: ["lexicon.txt", "hmm.inc", "NOTICE"]),
    .target(name: "ZhText", dependencies: ["CICUShim", "CLexicon"]),
    .target(
      name: "ZhTextCLI",
      dependencies: [
        "ZhText",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "normalize", dependencies: ["ZhTextCLI"], linkerSettings: selfContained),
    .executableTarget(name: "extract-numbers", dependencies: ["ZhTextCLI"], linkerSettings: selfContained),
    .executableTarget(name: "segment", dependencies: ["ZhTextCLI"], linkerSettings: selfContained),
    .executableTarget(name: "tag-sections", dependencies: ["ZhTextCLI"], linkerSettings: selfContained),
    // Fuzzing: the core's entry points with the promises they keep, and one driver for them
    // (a libFuzzer binary under scripts/fuzz, a replayer of saved inputs otherwise).
    .target(name: "ZhTextFuzzing", dependencies: ["ZhText"]),
    .target(name: "CFuzzerDriver"),
    .executableTarget(name: "ZhTextFuzzer", dependencies: ["ZhTextFuzzing", "CFuzzerDriver"]),
    .testTarget(name: "ZhTextTests", dependencies: ["ZhText", "ZhTextFuzzing"], exclude: ["Segment/sentence-gold.txt"]),
    .testTarget(name: "CLITests", dependencies: ["ZhText", "ZhTextCLI"], exclude: ["Fixtures"]),
  ]
)
