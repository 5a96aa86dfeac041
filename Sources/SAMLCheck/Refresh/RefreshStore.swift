#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A state directory: per source, `<key>.json` (its ``RefreshState``) and `<key>.xml` (the last
/// good copy), the key being the first 32 hex digits of the SHA-256 of the URL. Files are
/// replaced atomically (written beside, synced, renamed), so a run that is killed leaves the
/// old state or the new one, never half of either.
public struct RefreshStore: Sendable {
    /// The directory.
    public let directory: String

    /// A store in `directory` (created on first write).
    public init(directory: String) {
        self.directory = directory
    }

    /// What the directory holds for a source.
    public struct Loaded: Sendable {
        /// The source's state; nil when there is none or it could not be read.
        public var state: RefreshState?
        /// The last good copy; nil when there is none or it does not match its state.
        public var copy: [UInt8]?
        /// Why what was there could not be used (a corrupt or foreign state file): it is
        /// replaced by this run's state, and the report says so.
        public var problem: String?
    }

    /// Reads the state of `url`. Never fails: what cannot be used is reported in ``Loaded/problem``.
    public func load(_ url: String) -> Loaded {
        let statePath = path(url, "json")
        guard let data = FileManager.default.contents(atPath: statePath) else { return Loaded() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let state = try? decoder.decode(RefreshState.self, from: data), state.version == 1, state.url == url else {
            return Loaded(problem: "the state file \(statePath) could not be read as samlcheck state; it is replaced")
        }
        guard let copy = FileManager.default.contents(atPath: path(url, "xml")).map({ [UInt8]($0) }),
              Fingerprint(sha256Of: copy).hex == state.lastGood.sha256 else {
            return Loaded(state: state, problem: "the last good copy \(path(url, "xml")) is missing or does not match its state; it is replaced")
        }
        return Loaded(state: state, copy: copy)
    }

    /// Writes the state of a source, and its copy when given (the last good copy changes only
    /// when a copy at least as good arrives).
    public func save(_ state: RefreshState, copy: [UInt8]?) throws(RefreshStoreError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RefreshStoreError("the state directory \(directory) cannot be created")
        }
        if let copy { try replace(path(state.url, "xml"), with: copy) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try replace(path(state.url, "json"), with: [UInt8](try! encoder.encode(state)) + [0x0A])
    }

    private func path(_ url: String, _ suffix: String) -> String {
        let key = String(Fingerprint(sha256Of: Array(url.utf8)).hex.prefix(32))
        return (directory.hasSuffix("/") ? directory : directory + "/") + key + "." + suffix
    }

    /// Writes `bytes` to a temporary file beside `path`, syncs it and renames it over `path`.
    private func replace(_ path: String, with bytes: [UInt8]) throws(RefreshStoreError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RefreshStoreError("\(temporary) cannot be written: \(String(cString: strerror(errno)))") }
        var offset = 0
        let failed: Bool = bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                offset += written
            }
            return fsync(descriptor) != 0
        }
        let error = errno
        close(descriptor)
        guard !failed, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw RefreshStoreError("\(path) cannot be written: \(String(cString: strerror(failed ? error : errno)))")
        }
    }
}

/// Why the state of a source could not be written, in one line.
public struct RefreshStoreError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file.
    public let description: String
    init(_ description: String) { self.description = description }
}
