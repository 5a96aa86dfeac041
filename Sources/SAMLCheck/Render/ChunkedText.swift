/// Text handed to a sink in pieces of about 64 KiB: how the reports of large aggregates are
/// written without ever holding the whole report in memory.
struct ChunkedText {
    let sink: (String) -> Void
    private var buffer = ""
    private static let threshold = 64 << 10

    init(sink: @escaping (String) -> Void) { self.sink = sink }

    static func += (text: inout ChunkedText, piece: String) {
        if piece.utf8.count >= threshold {
            // Already a whole chunk (a run of rendered findings): handed on as it is, not copied.
            text.flush()
            text.sink(piece)
            return
        }
        text.buffer += piece
        if text.buffer.utf8.count >= threshold { text.flush() }
    }

    /// Runs `body` over a ChunkedText that hands `sink` its pieces, and flushes the rest: how
    /// every streaming renderer writes. The sink is used only while `body` runs.
    static func stream(to sink: (String) -> Void, _ body: (inout ChunkedText) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var out = ChunkedText(sink: sink)
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
        sink(buffer)
        buffer = ""
    }
}
