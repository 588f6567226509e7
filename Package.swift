// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "rhetoric",
    products: [
        .executable(name: "rhetoric", targets: ["rhetoric"]),
        .library(name: "Rhetoric", targets: ["Rhetoric"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // ICU behind opaque handles: ICU's headers clash with Foundation's copy of them.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // OpenCC's phrase-aware conversion from Traditional to Simplified characters.
        .target(name: "COpenCC", linkerSettings: [.linkedLibrary("opencc")]),
        // jieba's dictionary and hidden Markov model, compiled in from Debian's python3-jieba (MIT).
        .target(name: "CJieba"),
        // glibc calls Swift's Glibc module does not expose: renameat2 (the atomic swap of the reports
        // folder), malloc_trim, and snprintf without a va_list (p-values by the million).
        .target(name: "CSystem"),
        // libxml2's HTML parser, reduced to a list of text blocks.
        .target(
            name: "CHTML",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        // libcrypto's SHA-256: the partials file's checksum, the hashes summary.json records.
        .target(name: "CCrypto", linkerSettings: [.linkedLibrary("crypto")]),
        // libxxhash's XXH3-128: the names of cache entries, which a rerun hashes 70 MB for.
        .target(name: "CXXHash", linkerSettings: [.linkedLibrary("xxhash")]),
        // ISA-L's deflate and CRC-32: the workbook's zip container, compressed in pieces side by side.
        .target(name: "CIsal", linkerSettings: [.linkedLibrary("isal")]),
        .target(
            name: "Rhetoric",
            dependencies: ["CICU", "CCrypto", "CXXHash", "CHTML", "CJieba", "COpenCC", "CSystem", "CIsal", .product(name: "Yams", package: "Yams")],
            resources: [
                .embedInCode("Resources/lexicon.txt"),
                .embedInCode("Resources/aliases.txt"),
                .embedInCode("Resources/stopwords.txt"),
                .embedInCode("Resources/speakers.yaml"),
                .embedInCode("Resources/themes.yaml"),
                .embedInCode("Resources/concepts.yaml"),
            ],
            // Optimised in debug builds too: the tests run the pipeline on real text (the vocabulary
            // alone is 349,046 words) many times over.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .executableTarget(
            name: "rhetoric",
            dependencies: ["Rhetoric", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // `make bench`: generates a synthetic corpus and times the pipeline against ICU's floor.
        .executableTarget(
            name: "rhetoric-bench",
            dependencies: ["Rhetoric"]
        ),
        .testTarget(
            name: "RhetoricTests",
            dependencies: ["Rhetoric", "rhetoric"]
        ),
        // Random and mutated input through loading, cleaning and segmentation; `make fuzz` runs it long.
        .testTarget(
            name: "RhetoricFuzzTests",
            dependencies: ["Rhetoric"]
        ),
    ]
)
