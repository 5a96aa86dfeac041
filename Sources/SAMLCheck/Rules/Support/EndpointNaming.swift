extension Endpoint {
    /// "AssertionConsumerService (index 2)" or "SingleSignOnService" for messages.
    var label: String {
        if let index = index?.lexical { return "\(kind.rawValue) (index \(index))" }
        return kind.rawValue
    }
}
