extension Endpoint {
    /// "AssertionConsumerService (index 2)" or "SingleSignOnService" for messages.
    var label: String {
        if let index = index?.lexical { return "\(kind.rawValue) (index \(index))" }
        return kind.rawValue
    }
}

extension EntityDescriptor {
    /// Every endpoint of every role, with its role.
    var allEndpoints: [(role: RoleDescriptor, endpoint: Endpoint)] {
        roles.flatMap { role in role.endpoints.map { (role, $0) } }
    }
}
