/// Text handed to a sink in pieces of about 64 KiB: how the reports of large aggregates are
/// written without ever holding the whole report in memory.
struct ChunkedText {
    let sink: (String) -> Void
    private var buffer = ""
    private static let threshold = 64 << 10

    init(sink: @escaping (String) -> Void) { self.sink = sink }

    static func += (text: inout ChunkedText, piece: String) {
        text.buffer += piece
        if text.buffer.utf8.count >= threshold { text.flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        sink(buffer)
        buffer = ""
    }
}
