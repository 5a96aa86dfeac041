#if canImport(Glibc)
import Glibc
#endif

/// Report files are replaced atomically (written beside, then renamed), so a CI step or a
/// node_exporter textfile collector never reads half a report.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        try write(to: path) { sink in sink(text) }
    }

    /// Writes what `produce` hands its sink, piece by piece, so that a large report streams
    /// into the file instead of being held whole.
    static func write(to path: String, _ produce: ((String) -> Void) -> Void) throws {
        let temporary = path + ".samlcheck-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var code: Int32 = 0
        produce { piece in
            guard code == 0 else { return }
            var piece = piece
            code = piece.withUTF8 { buffer in
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
        let closed = close(descriptor) == 0 ? 0 : errno
        if code != 0 || closed != 0 {
            unlink(temporary)
            throw failure(path, code != 0 ? code : closed)
        }
        guard rename(temporary, path) == 0 else {
            let renameError = errno
            unlink(temporary)
            throw failure(path, renameError)
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> CommandFailure {
        CommandFailure(message: "cannot write \(path): \(String(cString: strerror(code)))")
    }
}
