import Foundation

/// Where tests write files: one directory per test process, under the system's temporary
/// directory. Tests cannot clean up after the whole run (there is no hook for it), so each run
/// removes the directories of earlier runs whose process has ended: a developer who runs the
/// suite all day keeps one run's files, not one directory per test per run.
enum TestScratch {
    private static let prefix = "samlcheck-test-run-"

    /// This process's directory, made (and earlier runs' swept away) on first use.
    static let root: URL = {
        let base = FileManager.default.temporaryDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            // kill(pid, 0) fails with ESRCH only when no such process exists.
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
        let root = base.appendingPathComponent(prefix + String(getpid()))
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }()

    /// A fresh path in this run's directory (not created): `label-UUID` plus `suffix`.
    static func path(_ label: String, suffix: String = "") -> URL {
        root.appendingPathComponent(label + "-" + UUID().uuidString + suffix)
    }
}
