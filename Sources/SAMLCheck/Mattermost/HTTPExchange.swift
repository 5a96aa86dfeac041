/// One request's outcome as the Mattermost diagnosis keeps it: the answer, or why none came.
public struct HTTPExchange: Sendable {
    /// The HTTP status (0 when there was no answer).
    public var status: Int
    /// The response headers in order.
    public var headers: [(name: String, value: String)]
    /// The response body.
    public var body: [UInt8]
    /// Why there is no answer (DNS, TLS, timeout…); nil when the server answered.
    public var failure: String?

    /// An answer.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
        self.failure = nil
    }

    /// An answer with a text body of `contentType`.
    public init(status: Int, contentType: String, body: String, headers: [(name: String, value: String)] = []) {
        self.init(status: status, headers: [("Content-Type", contentType)] + headers, body: Array(body.utf8))
    }

    /// The answer `response`.
    public init(response: HTTPResponse) {
        self.init(status: response.status, headers: response.headers, body: response.body)
    }

    /// No answer, for the reason given.
    public init(failure: String) {
        self.status = 0
        self.headers = []
        self.body = []
        self.failure = failure
    }

    /// Whether the server answered.
    public var answered: Bool { failure == nil }

    /// The first header with this name (case-insensitive).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object, nil when it is not one.
    public var jsonObject: [String: ConfigValue]? {
        guard let value = try? JSONDecoderShim.decode(body), case .table(let entries) = value else { return nil }
        return Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The exchange with every trace of `credential`'s secret replaced: body, headers, failure.
    func redacted(by credential: FetchCredential) -> HTTPExchange {
        var copy = self
        copy.body = credential.redact(body)
        copy.headers = headers.map { ($0.name, credential.redact($0.value)) }
        copy.failure = failure.map(credential.redact)
        return copy
    }

    /// The start of the body on one line, for messages.
    public var snippet: String { HTTPResponse.snippet(of: body) }
}

extension ConfigValue {
    /// The value as Mattermost's string-typed client config writes it ("true", "10.5.0").
    public var stringValue: String? {
        switch self {
        case .string(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        default: return nil
        }
    }

    /// A boolean, or a string "true"/"false"; nil otherwise.
    public var boolValue: Bool? {
        switch self {
        case .boolean(let flag): return flag
        case .string(let text): return text == "true" ? true : text == "false" ? false : nil
        default: return nil
        }
    }

    /// A member of a JSON object value.
    public subscript(_ key: String) -> ConfigValue? {
        guard case .table(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}
