extension Endpoint {
    /// "AssertionConsumerService (index 2)" or "SingleSignOnService" for messages.
    var label: String {
        if let index = index?.lexical { return "\(kind.rawValue) (index \(index))" }
        return kind.rawValue
    }
}

extension Endpoint {
    /// The binding's short name (`HTTP-POST`), the URI when unknown, or "(no Binding)".
    var bindingName: String { knownBinding?.shortName ?? binding ?? "(no Binding)" }

    /// "AssertionConsumerService (index 1, HTTP-POST) at https://…, line 12" for pair messages.
    var pairDescription: String {
        "\(label) (\(bindingName)) at \(location ?? "(no Location)")"
    }
}
