import Foundation
@testable import Rhetoric

/// The package root, found from this file's path, so tests read `seeds/` wherever they run.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

let seedsDirectory = packageRoot + "/seeds"

/// A seed cleaned the way `rhetoric clean` cleans it.
func cleanedSeed(_ name: String) throws -> CleanedDocument {
    let path = seedsDirectory + "/" + name
    let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
    let format = Cleaner.Format(fileExtension: (name as NSString).pathExtension)!
    return try Cleaner().clean(try SourceText.decode(bytes, file: path).text, format: format, file: path)
}

func cleanedText(_ text: String, format: Cleaner.Format = .text) throws -> CleanedDocument {
    try Cleaner().clean(text, format: format, file: "test.txt")
}

/// A fresh temporary folder, removed by the caller.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "rhetoric-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Writes each text to its file name in `directory`.
func write(_ files: [String: String], in directory: String) throws {
    for (name, text) in files {
        try text.write(toFile: directory + "/" + name, atomically: false, encoding: .utf8)
    }
}
