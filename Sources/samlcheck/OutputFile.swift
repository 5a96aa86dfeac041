#if canImport(Glibc)
import Glibc
#endif

/// Report files are replaced atomically (written beside, then renamed), so a CI step or a
/// node_exporter textfile collector never reads half a report. A path that exists and is not a
/// regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written to as it is: renaming over
/// it would replace the device or pipe with a file.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        try write(to: path) { sink in sink(text) }
    }

    /// Writes what `produce` hands its sink, piece by piece, so that a large report streams
    /// into the file instead of being held whole.
    static func write(to path: String, _ produce: ((String) -> Void) -> Void) throws {
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            try writeInPlace(to: path, produce)
            return
        }
        let temporary = path + ".samlcheck-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var code: Int32 = 0
        produce { piece in
            guard code == 0 else { return }
            code = writeAll(piece, to: descriptor)
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

    /// Streams into a device or pipe that already exists, without creating or renaming anything.
    private static func writeInPlace(to path: String, _ produce: ((String) -> Void) -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var code: Int32 = 0
        produce { piece in
            guard code == 0 else { return }
            code = writeAll(piece, to: descriptor)
        }
        let closed = close(descriptor) == 0 ? 0 : errno
        if code != 0 || closed != 0 { throw failure(path, code != 0 ? code : closed) }
    }

    /// Adds `text` at the end of a file others write too (GitHub's `$GITHUB_STEP_SUMMARY`):
    /// appended, never replaced.
    static func append(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        let code = writeAll(text, to: descriptor)
        let closed = close(descriptor) == 0 ? 0 : errno
        if code != 0 || closed != 0 { throw failure(path, code != 0 ? code : closed) }
    }

    /// Writes all of `text`, through short writes and interruptions; 0 or the errno.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { buffer in
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

    private static func failure(_ path: String, _ code: Int32) -> CommandFailure {
        CommandFailure(message: "cannot write \(path): \(String(cString: strerror(code)))")
    }
}
