internal import CFetch

/// Raw DEFLATE (RFC 1951), as the HTTP-Redirect binding carries SAML messages: inflated with a
/// bound, so a deflate bomb stops at `limit`. Callers word the failure for their context.
enum RawDeflate {
    enum Failure: Error {
        /// The output would exceed the limit.
        case tooLarge
        /// The bytes are not raw DEFLATE data.
        case notDeflate
    }

    static func inflate(_ deflated: [UInt8], limit: Int) -> Result<[UInt8], Failure> {
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = deflated.withUnsafeBufferPointer { samlcheck_inflate_raw($0.baseAddress, $0.count, &output, &length, limit) }
        defer { samlcheck_free(output) }
        switch status {
        case 0: return .success(output.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? [])
        case 1: return .failure(.tooLarge)
        default: return .failure(.notDeflate)
        }
    }
}
