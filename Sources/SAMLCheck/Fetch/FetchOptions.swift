/// How metadata (and Mattermost endpoints) are fetched over HTTP(S).
public struct FetchOptions: Sendable, Hashable {
    /// A PEM bundle of CAs trusted in addition to the system store.
    public var caFile: String?
    /// Turns TLS verification off. Loud on purpose: reports say so.
    public var insecure: Bool
    /// Seconds allowed to connect (`--connect-timeout`).
    public var connectTimeoutSeconds: Double
    /// Seconds allowed for the whole transfer (`--timeout`).
    public var timeoutSeconds: Double
    /// How many redirects are followed.
    public var maximumRedirects: Int
    /// Largest body accepted, after decompression.
    public var maximumBytes: Int

    /// The default limit on a body after decompression: 256 MiB.
    public static let defaultMaximumBytes = 256 * 1024 * 1024

    /// Fetch options; the defaults verify TLS against the system's CAs, connect within 10 s and finish within 60 s.
    public init(caFile: String? = nil, insecure: Bool = false, connectTimeoutSeconds: Double = 10, timeoutSeconds: Double = 60,
                maximumRedirects: Int = 5, maximumBytes: Int = FetchOptions.defaultMaximumBytes) {
        self.caFile = caFile
        self.insecure = insecure
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.timeoutSeconds = timeoutSeconds
        self.maximumRedirects = maximumRedirects
        self.maximumBytes = maximumBytes
    }
}
