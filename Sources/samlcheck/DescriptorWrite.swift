#if canImport(Glibc)
import Glibc
#endif

/// Writing bytes to a file descriptor in full: the report files and the terminal both go
/// through here (the stdio globals are off limits in Swift 6).
enum DescriptorWrite {
    /// Writes all of `buffer`, through short writes and interruptions; 0 or the errno.
    static func all(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}
