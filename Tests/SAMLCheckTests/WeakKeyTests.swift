import Foundation
import Testing
@testable import SAMLCheck

/// CERT-KEY-COMPROMISED's lists of known-compromised RSA keys: the shipped lists, the digest as
/// OpenSSL's command line computes it, `--weak-keys` and the `weakKeys` configuration key.
@Suite struct WeakKeyTests {
    /// A key made for the test, and its entry as `openssl x509 -noout -modulus | sha1sum | cut -c 21-40`
    /// computes it (the recipe the list files give).
    static let key: Result<(identity: TestPKI.Identity, entry: String), Error> = Result {
        let identity = try TestPKI.shared.identity(subject: "demo-key.example.org", notAfter: "20300101000000Z")
        let result = try TestEnvironment.runProgram(URL(fileURLWithPath: "/bin/sh"), [
            "-c", "openssl x509 -noout -modulus -in \"$1\" | sha1sum | cut -d ' ' -f 1 | cut -c 21-", "sh", identity.certificatePath])
        guard result.status == 0 else { throw ToolFailure(tool: "openssl x509 -modulus", output: result.standardError) }
        return (identity, result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func metadata(_ identity: TestPKI.Identity) throws -> URL {
        try TestEnvironment.temporaryFile(Data(CertificateExamples.idp(CertificateExamples.keyDescriptor(identity.certificateBase64)).utf8), name: "idp.xml")
    }

    @Test("the shipped lists are compiled in, every value line read")
    func shippedLists() throws {
        #expect(WeakKeyList.shipped.map(\.name) == ["compromised-1024.txt", "compromised-2048.txt"])
        for list in WeakKeyList.shipped {
            let text = try String(contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("Sources/SAMLCheck/Resources/WeakKeys/\(list.name)"), encoding: .utf8)
            let values = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            #expect(!values.isEmpty && list.entries.count == Set(values).count)
            #expect(Set(values.compactMap { WeakKeyDigest(hex: $0)?.description }) == Set(values))
        }
    }

    @Test("a key's digest is the one OpenSSL's recipe gives")
    func digestMatchesOpenSSL() throws {
        let key = try Self.key.get()
        #expect(key.entry.count == 20)
        let info = try CertificateDecoder.decode(base64: key.identity.certificateBase64).get().info
        #expect(info.weakKeyDigest?.description == key.entry)
        // An EC key has none.
        let ec = try TestPKI.shared.identity(.ec("prime256v1"), subject: "ec.example.org")
        #expect(try CertificateDecoder.decode(base64: ec.certificateBase64).get().info.weakKeyDigest == nil)
    }

    @Test("--weak-keys and weakKeys: a key on a list is an error naming the list and the entry; a bad list exits 2")
    func operatorLists() throws {
        let key = try Self.key.get()
        let metadata = try Self.metadata(key.identity)
        let directory = TestScratch.path("weak")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("lists"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let list = directory.appendingPathComponent("lists/blacklist.RSA-3072")
        try Data("# demo keys\n\n\(key.entry.uppercased())\n0123456789abcdef0123  # another\n".utf8).write(to: list)

        let without = try TestEnvironment.run(["check", metadata.path, "--now", "2026-11-29", "--no-config", "--format", "json"])
        #expect(!without.standardOutput.contains("CERT-KEY-COMPROMISED"))

        let with = try TestEnvironment.run(["check", metadata.path, "--now", "2026-11-29", "--no-config", "--weak-keys", list.path])
        #expect(with.status == 1)
        #expect(with.standardOutput.contains("error CERT-KEY-COMPROMISED"), "\(with.standardOutput)")
        #expect(with.standardOutput.contains("on the list of known-compromised keys blacklist.RSA-3072 (entry \(key.entry))"))

        // From a configuration file, the path relative to the file, run from elsewhere.
        let configuration = directory.appendingPathComponent("samlcheck.toml")
        try Data("weakKeys = [\"lists/blacklist.RSA-3072\"]\n".utf8).write(to: configuration)
        let configured = try TestEnvironment.run(["check", metadata.path, "--now", "2026-11-29", "--config", configuration.path],
                                                 in: FileManager.default.temporaryDirectory)
        #expect(configured.standardOutput.contains("blacklist.RSA-3072 (entry \(key.entry))"), "\(configured.standardError)")

        let bad = directory.appendingPathComponent("not-a-list.txt")
        try Data("ssh-rsa AAAAB3NzaC1yc2E\n".utf8).write(to: bad)
        let refused = try TestEnvironment.run(["check", metadata.path, "--no-config", "--weak-keys", bad.path])
        #expect(refused.status == 2)
        #expect(refused.standardError == "samlcheck: --weak-keys: not-a-list.txt:1: 'ssh-rsa AAAAB3NzaC1yc2E' is not a key digest (20 hex digits, as in openssl-blacklist files)\n",
                "\(refused.standardError)")
        let missing = try TestEnvironment.run(["check", metadata.path, "--no-config", "--weak-keys", directory.appendingPathComponent("nope").path])
        #expect(missing.status == 2 && missing.standardError.contains("cannot be read"))
    }
}
