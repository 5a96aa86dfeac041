/// Why a fetch failed, in words a person can act on; each is one line.
public struct FetchError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable {
        case dns, refused, tls, timeout, tooLarge, redirect, scheme, http, html, network
        /// A request carrying a credential would have gone to another origin: it was not sent.
        case credentialWithheld
        /// The task that asked for the fetch was cancelled; the transfer was aborted.
        case cancelled
    }

    public let kind: Kind
    public let url: String
    public let message: String

    public init(_ kind: Kind, url: String, _ message: String) {
        self.kind = kind
        self.url = url
        self.message = message
    }

    public var description: String { "\(url): \(message)" }
}
