#if canImport(Glibc)
import Glibc
#endif

/// Where a document comes from.
public enum MetadataInput: Sendable, Hashable {
    /// A local file.
    case file(String)
    /// Standard input (shown as `-`).
    case standardInput
    /// An http(s) URL, fetched with the checker's fetch options.
    case url(String)
    /// One entity from a Metadata Query (MDQ) responder at `base`.
    case metadataQuery(base: String, entityID: String, sha1: Bool)

    /// The name reports use for the document.
    public var displayName: String {
        switch self {
        case .file(let path): return path
        case .standardInput: return "-"
        case .url(let url): return url
        case .metadataQuery(let base, let entityID, let sha1): return MetadataQuery.url(base: base, entityID: entityID, sha1: sha1)
        }
    }

    /// A command-line argument as an input: `-`, an http(s) URL, or a path.
    public init(argument: String) {
        if argument == "-" {
            self = .standardInput
        } else if URIText(argument).scheme != nil, argument.contains("://") {
            // Any scheme-qualified URL is a URL; the fetcher refuses what is not http(s).
            self = .url(argument)
        } else {
            self = .file(argument)
        }
    }
}

/// Why an input could not be read: the check could not run (exit code 2).
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input as named on the command line.
    public let source: String
    /// Why it cannot be read, in a few words (`no such file`).
    public let reason: String

    /// An error about `source`.
    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }

    /// One line naming the input and the reason.
    public var description: String { "cannot read \(source): \(reason)" }
}

/// Opens inputs for streaming into the parser, with clear one-line failures.
enum InputReader {
    /// Opens a file for reading, refusing directories and files over the limit up front.
    static func open(_ path: String, maximumBytes: Int) throws(InputError) -> Int32 {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError(source: path, reason: describeErrno(errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = describeErrno(errno)
            close(descriptor)
            throw InputError(source: path, reason: reason)
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw InputError(source: path, reason: "it is a directory")
        }
        if (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > maximumBytes {
            close(descriptor)
            throw InputError(source: path, reason: "it is \(status.st_size) bytes, more than the limit of \(maximumBytes) bytes (see --max-bytes)")
        }
        return descriptor
    }

    /// Why a path cannot be read, in a few words ("no such file", "permission denied", "it is a directory").
    static func whyUnreadable(_ path: String) -> String {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return describeErrno(errno) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR { return "it is a directory" }
        return "it cannot be read"
    }

    static func describeErrno(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case EISDIR: return "it is a directory"
        default: return String(cString: strerror(code))
        }
    }
}

extension InputReader {
    /// Reads a whole (small) file, refusing more than `maximumBytes`.
    static func readAll(_ path: String, maximumBytes: Int) throws(InputError) -> [UInt8] {
        let descriptor = try open(path, maximumBytes: maximumBytes)
        defer { close(descriptor) }
        return try readAll(descriptor: descriptor, source: path, maximumBytes: maximumBytes)
    }

    /// Reads a descriptor to its end (standard input, an open file), refusing more than `maximumBytes`.
    static func readAll(descriptor: Int32, source: String, maximumBytes: Int) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(source: source, reason: describeErrno(errno))
            }
            if count == 0 { return bytes }
            bytes += chunk.prefix(count)
            if bytes.count > maximumBytes { throw InputError(source: source, reason: "more than the limit of \(maximumBytes) bytes (see --max-bytes)") }
        }
    }
}

extension MetadataInput {
    /// The whole content of a local input (a file or standard input), refusing more than
    /// `maximumBytes`; URLs are fetched by the checker, not read here.
    public func localBytes(maximumBytes: Int) throws(InputError) -> [UInt8] {
        switch self {
        case .file(let path): return try InputReader.readAll(path, maximumBytes: maximumBytes)
        case .standardInput: return try InputReader.readAll(descriptor: STDIN_FILENO, source: "-", maximumBytes: maximumBytes)
        case .url, .metadataQuery: throw InputError(source: displayName, reason: "a URL, where a local file or - was expected")
        }
    }
}
