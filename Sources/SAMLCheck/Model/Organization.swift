/// An `md:Organization`.
public struct Organization: Sendable, Hashable {
    /// The `md:OrganizationName` elements.
    public let names: [LocalizedValue]
    /// The `md:OrganizationDisplayName` elements.
    public let displayNames: [LocalizedValue]
    /// The `md:OrganizationURL` elements.
    public let urls: [LocalizedValue]
    /// The `md:Extensions` child; nil when absent.
    public let extensions: Extensions?
    /// Where the element starts in the source.
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
    /// The `md:Company` child.
    public let company: TextValue?
    /// The `md:GivenName` child.
    public let givenName: TextValue?
    /// The `md:SurName` child.
    public let surName: TextValue?
    /// The `md:EmailAddress` children (`mailto:` URIs when well written).
    public let emailAddresses: [TextValue]
    /// The `md:TelephoneNumber` children.
    public let telephoneNumbers: [TextValue]
    /// The `md:Extensions` child; nil when absent.
    public let extensions: Extensions?
    /// Number of child elements of any kind.
    public let childCount: Int
    /// Where the element starts in the source.
    public let position: SourcePosition
}
