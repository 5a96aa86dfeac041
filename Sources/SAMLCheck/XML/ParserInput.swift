#if canImport(Glibc)
import Glibc
#endif

/// Bytes for the parser, handed over in chunks so the whole document is never copied: libxml2
/// keeps only a sliding window, and a file is read as it is parsed. Enforces the size limit.
final class ParserInput {
    private enum Storage {
        case memory(UnsafeRawBufferPointer)
        case descriptor(Int32)
        case pieces([Piece])
    }

    /// Part of a document assembled from pieces (one half of a split parse, see ``SplitParse``).
    enum Piece {
        /// Bytes of our own (the end tag that closes the first half).
        case bytes([UInt8])
        /// Bytes of a document held in memory by the caller.
        case memory(UnsafeRawBufferPointer)
        /// A range of an open file, read with pread(2) so that two pieces of one file can be
        /// read at once; `end` may lie beyond the end of the file.
        case file(descriptor: Int32, start: Int, end: Int)
    }

    private let storage: Storage
    private var offset = 0
    /// For pieces: the one being read (`offset` is the position within it).
    private var pieceIndex = 0
    let limit: Int
    /// The cancellation of the check this input is read for (see ``Cancellation``), taken from
    /// the thread that creates the input: a raised flag ends the input, and with it the parse.
    private let cancellation = Cancellation.flag
    /// Bytes handed to the parser so far.
    private(set) var total = 0
    /// Set when the input turned out larger than the limit.
    private(set) var exceededLimit = false
    /// Set when reading failed (errno text).
    private(set) var readError: String?
    /// The first bytes handed to the parser, to tell what a document that is not XML is (empty, a
    /// PEM file, gzip, HTML).
    private(set) var head: [UInt8] = []
    static let headSize = 64
    /// Every byte handed out, kept only when the input starts like gzip: libxml2 stops at once on
    /// it, and the whole input is then needed to decompress it.
    private var retained: [UInt8]?
    /// Read-ahead for descriptors: libxml2 asks for ~4 KB at a time, and a read(2) per request
    /// costs more system time than the parse itself on large files.
    private var readAhead: UnsafeMutableRawPointer?
    private var readAheadStart = 0
    private var readAheadEnd = 0
    private static let readAheadSize = 1 << 20

    deinit { readAhead?.deallocate() }

    init(memory: UnsafeRawBufferPointer, limit: Int) {
        self.storage = .memory(memory)
        self.limit = limit
    }

    /// Reads from an open descriptor; the caller keeps ownership and closes it.
    init(descriptor: Int32, limit: Int) {
        self.storage = .descriptor(descriptor)
        self.limit = limit
    }

    /// Reads the pieces one after the other; the caller keeps memory and descriptors alive.
    init(pieces: [Piece], limit: Int) {
        self.storage = .pieces(pieces)
        self.limit = limit
    }

    /// The whole input for reading at any offset, when it can be had without consuming it: memory,
    /// or a regular file from the descriptor's current position. Nil for pipes and terminals, and
    /// once reading has begun.
    var randomAccess: RandomAccessBytes? {
        guard total == 0 else { return nil }
        switch storage {
        case .memory(let bytes):
            return .memory(bytes)
        case .descriptor(let descriptor):
            var status = stat()
            guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
            let position = lseek(descriptor, 0, SEEK_CUR)
            guard position >= 0, Int(status.st_size) >= Int(position) else { return nil }
            return .file(descriptor: descriptor, start: Int(position), count: Int(status.st_size) - Int(position))
        case .pieces:
            return nil
        }
    }

    /// Fills `buffer` with up to `capacity` bytes; 0 at the end, -1 on error or over the limit.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
        guard capacity > 0, !exceededLimit else { return exceededLimit ? -1 : 0 }
        if cancellation?.isRaised == true { return -1 }
        var count = 0
        switch storage {
        case .memory(let bytes):
            count = copy(from: bytes, into: buffer, capacity: capacity)
        case .descriptor(let descriptor):
            guard let copied = readAhead(into: buffer, capacity: capacity, refill: { storage in
                Glibc.read(descriptor, storage, Self.readAheadSize)
            }) else { return -1 }
            count = copied
        case .pieces(let pieces):
            while count == 0, pieceIndex < pieces.count {
                switch pieces[pieceIndex] {
                case .bytes(let bytes):
                    count = bytes.withUnsafeBytes { copy(from: $0, into: buffer, capacity: capacity) }
                case .memory(let bytes):
                    count = copy(from: bytes, into: buffer, capacity: capacity)
                case .file(let descriptor, let start, let end):
                    guard let copied = readAhead(into: buffer, capacity: capacity, refill: { storage in
                        let wanted = min(Self.readAheadSize, end - (start + self.offset))
                        guard wanted > 0 else { return 0 }
                        let result = pread(descriptor, storage, wanted, off_t(start + self.offset))
                        if result > 0 { self.offset += result }
                        return result
                    }) else { return -1 }
                    count = copied
                }
                if count == 0 {
                    pieceIndex += 1
                    offset = 0
                    readAheadStart = 0
                    readAheadEnd = 0
                }
            }
        }
        if count > 0 { remember(buffer, count) }
        total += count
        if total > limit {
            exceededLimit = true
            return -1
        }
        return Int32(count)
    }

    private func remember(_ buffer: UnsafeMutablePointer<CChar>, _ count: Int) {
        let bytes = UnsafeRawBufferPointer(start: buffer, count: count)
        if head.count < Self.headSize { head += bytes.prefix(Self.headSize - head.count) }
        if retained == nil, head.count >= 2, head[0] == 0x1F, head[1] == 0x8B, total == 0 { retained = [] }
        retained?.append(contentsOf: bytes)
    }

    /// The whole input when it started like gzip: what was handed out, then the rest, up to the
    /// limit. Nil when the input did not start like gzip, or is larger than the limit.
    func wholeRetainedInput() -> [UInt8]? {
        guard var whole = retained else { return nil }
        retained = nil
        let chunk = UnsafeMutablePointer<CChar>.allocate(capacity: 65_536)
        defer { chunk.deallocate() }
        while true {
            let count = read(into: chunk, capacity: 65_536)
            guard count > 0 else { return count == 0 ? whole : nil }
            whole.append(contentsOf: UnsafeRawBufferPointer(start: chunk, count: Int(count)))
        }
    }

    /// Copies the next bytes of `source` from `offset` on, and advances it.
    private func copy(from source: UnsafeRawBufferPointer, into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        let count = min(capacity, source.count - offset)
        guard count > 0, let base = source.baseAddress else { return 0 }
        memcpy(buffer, base + offset, count)
        offset += count
        return count
    }

    /// Copies from the read-ahead buffer, refilling it first when it is empty; nil on a read error.
    private func readAhead(into buffer: UnsafeMutablePointer<CChar>, capacity: Int,
                           refill: (UnsafeMutableRawPointer) -> Int) -> Int? {
        if readAheadStart == readAheadEnd {
            let storage = readAhead ?? UnsafeMutableRawPointer.allocate(byteCount: Self.readAheadSize, alignment: 16)
            readAhead = storage
            readAheadStart = 0
            readAheadEnd = 0
            while true {
                let result = refill(storage)
                if result < 0 && errno == EINTR { continue }
                if result < 0 {
                    readError = InputReader.describeErrno(errno)
                    return nil
                }
                readAheadEnd = result
                break
            }
        }
        let count = min(capacity, readAheadEnd - readAheadStart)
        if count > 0, let storage = readAhead {
            memcpy(buffer, storage + readAheadStart, count)
            readAheadStart += count
        }
        return count
    }
}

/// A whole input that can be read at any offset without consuming it (see
/// ``ParserInput/randomAccess``).
enum RandomAccessBytes {
    case memory(UnsafeRawBufferPointer)
    /// `count` bytes of a regular file from offset `start`, as its size was when asked.
    case file(descriptor: Int32, start: Int, count: Int)

    var count: Int {
        switch self {
        case .memory(let bytes): return bytes.count
        case .file(_, _, let count): return count
        }
    }

    /// The bytes in `range` (fewer if the file has shrunk since); empty on a read error.
    func bytes(in range: Range<Int>) -> [UInt8] {
        let range = range.clamped(to: 0..<count)
        switch self {
        case .memory(let bytes):
            return Array(bytes[range])
        case .file(let descriptor, let start, _):
            var result = [UInt8](repeating: 0, count: range.count)
            var filled = 0
            let ok = result.withUnsafeMutableBytes { buffer -> Bool in
                while filled < range.count {
                    let read = pread(descriptor, buffer.baseAddress! + filled, range.count - filled, off_t(start + range.lowerBound + filled))
                    if read < 0 && errno == EINTR { continue }
                    if read <= 0 { return read == 0 }
                    filled += read
                }
                return true
            }
            return ok ? Array(result.prefix(filled)) : []
        }
    }

    /// The input as a piece of a parser input (see ``ParserInput/Piece``).
    func piece(_ range: Range<Int>, toEndOfFile: Bool = false) -> ParserInput.Piece {
        switch self {
        case .memory(let bytes):
            return .memory(UnsafeRawBufferPointer(rebasing: bytes[range.clamped(to: 0..<bytes.count)]))
        case .file(let descriptor, let start, _):
            return .file(descriptor: descriptor, start: start + range.lowerBound, end: toEndOfFile ? Int.max : start + range.upperBound)
        }
    }
}
