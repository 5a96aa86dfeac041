import Foundation

/// Debian's Chromium, headless: loads a page the tests wrote and hands back the DOM after the
/// page's script ran, or a screenshot. `scripts/bootstrap --test` installs it; a machine
/// without it fails these tests with the command that installs it.
enum HeadlessChromium {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "chromium is not installed: run scripts/bootstrap --test (apt-get install chromium)" }
    }

    static func executable() throws -> URL {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        throw Missing()
    }

    /// The serialised DOM of `page` (a file URL, maybe with a fragment) once it has loaded.
    static func dom(_ page: String) throws -> String {
        try run(["--dump-dom"], page: page).standardOutput
    }

    /// A PNG screenshot of the top of `page` in a window of the given size.
    static func screenshot(_ page: String, to file: URL, width: Int, height: Int) throws {
        _ = try run(["--screenshot=\(file.path)", "--window-size=\(width),\(height)", "--hide-scrollbars"], page: page)
    }

    private static func run(_ arguments: [String], page: String) throws -> ProcessResult {
        // Each run gets its own profile directory: tests run side by side, and a shared
        // profile is locked by the first browser.
        let profile = TestScratch.path("chromium")
        defer { try? FileManager.default.removeItem(at: profile) }
        // --no-sandbox: CI runs the tests as root, where Chromium's sandbox refuses to start;
        // --disable-dev-shm-usage: containers often have a tiny /dev/shm, which crashes renderers.
        let result = try TestEnvironment.runProgram(try executable(),
                                                    ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                                                     "--user-data-dir=\(profile.path)"] + arguments + [page],
                                                    timeout: 180)
        guard result.status == 0 else {
            throw BrowserFailed(status: result.status, output: String(result.standardError.suffix(2000)))
        }
        return result
    }

    struct BrowserFailed: Error, CustomStringConvertible {
        var status: Int32
        var output: String
        var description: String { "chromium exited \(status): \(output)" }
    }
}
