/// How metadata (and Mattermost endpoints) are fetched over HTTP(S).
public struct FetchOptions: Sendable, Hashable {
    /// A PEM bundle of CAs trusted in addition to the system store.
    public var caFile: String?
    /// Turns TLS verification off. Loud on purpose: reports say so.
    public var insecure: Bool
    public var connectTimeoutSeconds: Double
    public var timeoutSeconds: Double
    public var maximumRedirects: Int
    /// Largest body accepted, after decompression.
    public var maximumBytes: Int

    public static let defaultMaximumBytes = 256 * 1024 * 1024

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
