/// Text handed to a sink in pieces of about 64 KiB: how the reports of large aggregates are
/// written without ever holding the whole report in memory.
///
/// The sink takes strings (the library's `write(_:run:to:)` methods) or UTF-8 bytes (the command
/// line, which only writes them out). The JSON and SARIF findings are rendered as bytes on all
/// cores; a byte sink gets them as they are, where a string sink would first have them checked
/// as UTF-8 and copied again (tens of megabytes for a large aggregate).
struct ChunkedText {
    private enum Sink {
        case text((String) -> Void)
        case bytes((UnsafeRawBufferPointer) -> Void)
    }

    private let sink: Sink
    private var buffer = ""
    private static let threshold = 64 << 10

    private init(sink: Sink) { self.sink = sink }

    static func += (text: inout ChunkedText, piece: String) {
        if piece.utf8.count >= threshold {
            // Already a whole chunk (a run of rendered findings): handed on as it is, not copied.
            text.flush()
            text.hand(piece)
            return
        }
        text.buffer += piece
        if text.buffer.utf8.count >= threshold { text.flush() }
    }

    /// Appends UTF-8 made from strings (so valid): a run of findings rendered as bytes, which a
    /// byte sink gets without a copy.
    mutating func append(utf8 piece: [UInt8]) {
        switch sink {
        case .text:
            self += String(decoding: piece, as: UTF8.self)
        case .bytes(let write):
            flush()
            piece.withUnsafeBytes(write)
        }
    }

    /// Runs `body` over a ChunkedText that hands `sink` its pieces, and flushes the rest: how
    /// every streaming renderer writes. The sink is used only while `body` runs.
    static func stream(to sink: (String) -> Void, _ body: (inout ChunkedText) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var out = ChunkedText(sink: .text(sink))
            body(&out)
            out.flush()
        }
    }

    /// The same, handing the pieces over as UTF-8 bytes.
    static func stream(bytesTo sink: (UnsafeRawBufferPointer) -> Void, _ body: (inout ChunkedText) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var out = ChunkedText(sink: .bytes(sink))
            body(&out)
            out.flush()
        }
    }

    /// What a streaming renderer writes, as one string (its `render`).
    static func collect(_ write: ((String) -> Void) -> Void) -> String {
        var whole = ""
        write { whole += $0 }
        return whole
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        hand(buffer)
        buffer = ""
    }

    private func hand(_ piece: String) {
        switch sink {
        case .text(let write):
            write(piece)
        case .bytes(let write):
            var piece = piece
            piece.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        }
    }
}
