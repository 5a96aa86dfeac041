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
            while true {
                let result = Glibc.read(descriptor, buffer, capacity)
                if result < 0 && errno == EINTR { continue }
                if result < 0 {
                    readError = InputReader.describeErrno(errno)
                    return -1
                }
                count = result
                break
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
