/// What becomes of a document's tree and model once its report or snapshot is made.
package enum AnalysisRelease: Sendable {
    /// Freed on a background thread: for a library caller, which may check any number of
    /// documents, and for a run of many documents.
    case background
    /// Kept until the process exits: for a command that reads one document (or two, as
    /// `samlcheck diff` does) and exits right after reporting. Freeing a large tree is then
    /// work on a core the rendering or the other document could use, made pointless by the
    /// kernel's unmapping at exit.
    case atProcessExit

    /// Hands `analysis` over accordingly.
    func release<T>(_ analysis: consuming T) {
        switch self {
        case .background: Background.release(analysis)
        case .atProcessExit: Background.keepUntilExit(analysis)
        }
    }
}
