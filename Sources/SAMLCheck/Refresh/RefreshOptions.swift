/// Checking fetched sources against what a state directory remembers (`check URL --state DIR`).
public struct RefreshOptions: Sendable {
    /// Where state is kept.
    public var store: RefreshStore
    /// When the fetch fails, check the last good copy instead (the report says so, and the run
    /// still fails).
    public var fallback: Bool

    /// Refresh through `store`, falling back to the last good copy when asked.
    public init(store: RefreshStore, fallback: Bool = false) {
        self.store = store
        self.fallback = fallback
    }
}
