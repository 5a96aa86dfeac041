#if canImport(Glibc)
import Glibc
#endif

/// Report files are replaced atomically (written beside, then renamed), so a CI step or a
/// node_exporter textfile collector never reads half a report. A path that exists and is not a
/// regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written to as it is: renaming over
/// it would replace the device or pipe with a file.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        try write(to: path) { sink in Self.bytes(of: text, to: sink) }
    }

    /// Writes the UTF-8 pieces `produce` hands its sink, one by one, so that a large report
    /// streams into the file instead of being held whole.
    static func write(to path: String, _ produce: ((UnsafeRawBufferPointer) -> Void) -> Void) throws {
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            // A device or pipe that exists: written through, nothing created or renamed.
            let code = fill(path, flags: O_WRONLY, produce)
            if code != 0 { throw failure(path, code) }
            return
        }
        let temporary = path + ".samlcheck-\(getpid()).tmp"
        let code = fill(temporary, flags: O_WRONLY | O_CREAT | O_TRUNC, produce)
        if code != 0 {
            unlink(temporary)
            throw failure(path, code)
        }
        guard rename(temporary, path) == 0 else {
            let renameError = errno
            unlink(temporary)
            throw failure(path, renameError)
        }
    }

    /// Adds `text` at the end of a file others write too (GitHub's `$GITHUB_STEP_SUMMARY`):
    /// appended, never replaced.
    static func append(_ text: String, to path: String) throws {
        let code = fill(path, flags: O_WRONLY | O_CREAT | O_APPEND) { sink in Self.bytes(of: text, to: sink) }
        if code != 0 { throw failure(path, code) }
    }

    /// Opens `path`, writes what `produce` hands its sink, and closes it: 0, or the errno of the
    /// first step that failed (the rest of the pieces are then dropped).
    private static func fill(_ path: String, flags: Int32, _ produce: ((UnsafeRawBufferPointer) -> Void) -> Void) -> Int32 {
        let descriptor = open(path, flags | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        var code: Int32 = 0
        produce { piece in
            guard code == 0 else { return }
            code = DescriptorWrite.all(piece, to: descriptor)
        }
        let closed = close(descriptor) == 0 ? 0 : errno
        return code != 0 ? code : closed
    }

    private static func bytes(of text: String, to sink: (UnsafeRawBufferPointer) -> Void) {
        var text = text
        text.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
    }

    private static func failure(_ path: String, _ code: Int32) -> CommandFailure {
        CommandFailure(message: "cannot write \(path): \(String(cString: strerror(code)))")
    }
}
