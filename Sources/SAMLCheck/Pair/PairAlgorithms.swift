/// What each side declares about algorithms (alg:SigningMethod, alg:DigestMethod): a role's own
/// list replaces its entity's (ALG §2.5); no declaration means no information.
extension PairSide {
    /// The declared signing methods in order of preference, nil when there are none.
    public var signingMethods: [String]? { declared("SigningMethod") }

    /// The declared digest methods in order of preference, nil when there are none.
    public var digestMethods: [String]? { declared("DigestMethod") }

    /// Where the declarations that govern the role are, for findings.
    public var algorithmDeclarationPosition: SourcePosition? {
        (AlgorithmCatalogue.declarations(in: role.extensions).first ?? AlgorithmCatalogue.declarations(in: entity.extensions).first)?.position
    }

    private func declared(_ localName: String) -> [String]? {
        let own = AlgorithmCatalogue.declarations(in: role.extensions)
        let governing = own.isEmpty ? AlgorithmCatalogue.declarations(in: entity.extensions) : own
        let uris = governing.filter { $0.localName == localName }.compactMap { $0.attribute("Algorithm")?.trimmingWhitespace() }
        return uris.isEmpty ? nil : uris
    }
}
