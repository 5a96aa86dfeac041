/// Whether and against what to validate.
public struct SchemaOptions: Sendable, Hashable {
    /// Where the XSD files are.
    public var location: SchemaLocation
    /// Fail (exit 2) instead of warning when the schemas are not available.
    public var required: Bool
    /// Validate at all.
    public var enabled: Bool

    /// Validation against the schemas at `location`; `required` makes unavailable schemas stop the check.
    public init(location: SchemaLocation = SchemaLocation(), required: Bool = false, enabled: Bool = true) {
        self.location = location
        self.required = required
        self.enabled = enabled
    }
}
