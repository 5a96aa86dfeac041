#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finding and reading `.samlcheck.json` / `.samlcheck.toml`.
public enum ConfigurationFile {
    /// The file names looked for, in order, in the working directory and its parents.
    public static let names = [".samlcheck.json", ".samlcheck.toml"]

    /// The configuration file that applies in `directory`: the first directory from there up to
    /// the file-system root that holds one. Two files in one directory are an error (which
    /// would win is not obvious).
    public static func find(from directory: String) throws(ConfigurationError) -> String? {
        var current = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            let present = names.map { current.appendingPathComponent($0).path }.filter { FileManager.default.fileExists(atPath: $0) }
            if present.count > 1 {
                throw ConfigurationError(file: current.path, key: nil, line: nil, message: "holds both .samlcheck.json and .samlcheck.toml; keep one")
            }
            if let found = present.first { return found }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// Reads and interprets a configuration file; the format follows the extension (.toml, else
    /// JSON). A byte-order mark and CRLF line endings are accepted.
    public static func load(_ path: String) throws(ConfigurationError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, key: nil, line: nil, message: InputReader.whyUnreadable(path))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError(file: path, key: nil, line: nil, message: "is not UTF-8 text")
        }
        do {
            var configuration = try Configuration(entries: try entries(of: text, isTOML: path.hasSuffix(".toml")))
            // Paths in a file are relative to the file, wherever samlcheck runs from.
            let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
            configuration.weakKeyFiles = configuration.weakKeyFiles.map { $0.hasPrefix("/") ? $0 : directory + "/" + $0 }
            return configuration
        } catch var error {
            error.file = path
            throw error
        }
    }

    /// Parses configuration text.
    public static func entries(of text: String, isTOML: Bool) throws(ConfigurationError) -> [ConfigEntry] {
        if isTOML {
            do {
                return try TOMLSubset.parse(text)
            } catch {
                throw ConfigurationError(key: nil, line: error.line, message: error.message)
            }
        }
        let value: ConfigValue
        do {
            value = try ConfigJSON.parse(text)
        } catch {
            throw ConfigurationError(key: nil, line: error.line, message: "not valid JSON: \(error.message)")
        }
        guard case .table(let entries) = value else {
            throw ConfigurationError(key: nil, line: nil, message: "must hold a JSON object")
        }
        return entries
    }
}
