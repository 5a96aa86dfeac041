/// Why a fetch failed, in words a person can act on; each is one line.
public struct FetchError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What kind of failure it was.
    public enum Kind: String, Sendable {
        case dns, refused, tls, timeout, tooLarge, redirect, scheme, http, html, network
        /// A request carrying a credential would have gone to another origin: it was not sent.
        case credentialWithheld
        /// The task that asked for the fetch was cancelled; the transfer was aborted.
        case cancelled
    }

    /// What kind of failure it was.
    public let kind: Kind
    /// The URL asked for.
    public let url: String
    /// What happened, in one sentence.
    public let message: String

    /// A failure of `kind` fetching `url`.
    public init(_ kind: Kind, url: String, _ message: String) {
        self.kind = kind
        self.url = url
        self.message = message
    }

    /// The URL and the message, on one line.
    public var description: String { "\(url): \(message)" }
}
