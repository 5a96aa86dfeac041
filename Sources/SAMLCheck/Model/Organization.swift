/// An `md:Organization`.
public struct Organization: Sendable, Hashable {
    public let names: [LocalizedValue]
    public let displayNames: [LocalizedValue]
    public let urls: [LocalizedValue]
    public let extensions: Extensions?
    public let position: SourcePosition

    /// The three kinds of value with their element names, for messages that name them.
    var namedValues: [(name: String, values: [LocalizedValue])] {
        [("OrganizationName", names), ("OrganizationDisplayName", displayNames), ("OrganizationURL", urls)]
    }
}

/// An `md:ContactPerson`.
public struct ContactPerson: Sendable, Hashable {
    /// The `contactType` attribute as written; nil when absent.
    public let contactType: String?
    /// Attributes other than contactType, such as REFEDS' `remd:contactType`.
    public let otherAttributes: [AttributeValue]
    public let company: TextValue?
    public let givenName: TextValue?
    public let surName: TextValue?
    public let emailAddresses: [TextValue]
    public let telephoneNumbers: [TextValue]
    public let extensions: Extensions?
    /// Number of child elements of any kind.
    public let childCount: Int
    public let position: SourcePosition
}
