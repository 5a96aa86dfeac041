/// What becomes of the tree and model a snapshot was read from.
package enum SnapshotRelease: Sendable {
    /// Freed on a background thread once the snapshot is made: for a library caller, which may
    /// make any number of snapshots.
    case background
    /// Kept until the process exits: for `samlcheck diff`, which exits right after comparing,
    /// holds both trees at once anyway, and would otherwise spend a core freeing them while
    /// the other version is still being read.
    case atProcessExit
}
