#if canImport(Glibc)
import Glibc
#endif

/// Bytes for the parser, handed over in chunks so the whole document is never copied: libxml2
/// keeps only a sliding window, and a file is read as it is parsed. Enforces the size limit.
final class ParserInput {
    private enum Storage {
        case memory(UnsafeRawBufferPointer)
        case descriptor(Int32)
    }

    private let storage: Storage
    private var offset = 0
    let limit: Int
    /// Bytes handed to the parser so far.
    private(set) var total = 0
    /// Set when the input turned out larger than the limit.
    private(set) var exceededLimit = false
    /// Set when reading failed (errno text).
    private(set) var readError: String?
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

    /// Fills `buffer` with up to `capacity` bytes; 0 at the end, -1 on error or over the limit.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
        guard capacity > 0, !exceededLimit else { return exceededLimit ? -1 : 0 }
        var count = 0
        switch storage {
        case .memory(let bytes):
            count = min(capacity, bytes.count - offset)
            if count > 0, let base = bytes.baseAddress {
                memcpy(buffer, base + offset, count)
                offset += count
            }
        case .descriptor(let descriptor):
            if readAheadStart == readAheadEnd {
                let storage = readAhead ?? UnsafeMutableRawPointer.allocate(byteCount: Self.readAheadSize, alignment: 16)
                readAhead = storage
                readAheadStart = 0
                readAheadEnd = 0
                while true {
                    let result = Glibc.read(descriptor, storage, Self.readAheadSize)
                    if result < 0 && errno == EINTR { continue }
                    if result < 0 {
                        readError = InputReader.describeErrno(errno)
                        return -1
                    }
                    readAheadEnd = result
                    break
                }
            }
            count = min(capacity, readAheadEnd - readAheadStart)
            if count > 0, let storage = readAhead {
                memcpy(buffer, storage + readAheadStart, count)
                readAheadStart += count
            }
        }
        total += count
        if total > limit {
            exceededLimit = true
            return -1
        }
        return Int32(count)
    }
}
