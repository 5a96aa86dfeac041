import Foundation
@testable import SAMLCheck

/// Real keys and certificates made by `openssl` at test time, in a temporary directory, with
/// chosen key types, validity dates and signature hashes. Nothing here is committed.
final class TestPKI: @unchecked Sendable {
    static let shared = TestPKI()

    let directory: URL
    private let lock = NSLock()
    private var counter = 0

    private init() {
        directory = TestScratch.path("pki")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    enum KeyType: Hashable {
        case rsa(Int)
        case rsaExponent3(Int)
        case ec(String)
        case dsa(Int)

        var genpkeyArguments: [String] {
            switch self {
            case .rsa(let bits): return ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:\(bits)"]
            case .rsaExponent3(let bits): return ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:\(bits)", "-pkeyopt", "rsa_keygen_pubexp:3"]
            case .ec(let curve): return ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:\(curve)"]
            case .dsa(let bits): return ["-algorithm", "DSA", "-pkeyopt", "dsa_paramgen_bits:\(bits)"]
            }
        }
    }

    /// A private key and its self-signed certificate.
    struct Identity {
        let keyPath: String
        let certificatePath: String
        let certificatePEM: String

        /// The certificate's base64 DER, as it appears in ds:X509Certificate.
        var certificateBase64: String {
            certificatePEM.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        }

        var certificateDER: [UInt8] {
            if case .success(let der) = Base64.decode(certificateBase64) { return der }
            return []
        }
    }

    private func uniqueName(_ stem: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        return "\(stem)-\(counter)"
    }

    /// Makes a key and a self-signed certificate valid from `notBefore` to `notAfter`
    /// (`YYYYMMDDHHMMSSZ`), signed with `digest` (sha256, sha1, md5…).
    func identity(_ key: KeyType = .rsa(2048), subject: String = "signer.example.org",
                  notBefore: String = "20260101000000Z", notAfter: String = "20360101000000Z", digest: String = "sha256") throws -> Identity {
        let name = uniqueName("id")
        let work = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let keyPath = work.appendingPathComponent("key.pem").path
        let certificatePath = work.appendingPathComponent("cert.pem").path
        if case .dsa(let bits) = key {
            // DSA keys need their domain parameters generated first.
            try openssl(["genpkey", "-genparam", "-algorithm", "DSA", "-pkeyopt", "dsa_paramgen_bits:\(bits)", "-out", "params.pem"], in: work)
            try openssl(["genpkey", "-paramfile", "params.pem", "-out", keyPath], in: work)
        } else {
            try openssl(["genpkey"] + key.genpkeyArguments + ["-out", keyPath], in: work)
        }
        try openssl(["req", "-new", "-key", keyPath, "-subj", "/CN=\(subject)", "-out", "req.csr"], in: work)
        try Self.prepareCADirectory(work, firstSerial: "01", digest: digest)
        try openssl(["ca", "-batch", "-config", "ca.cnf", "-selfsign", "-keyfile", keyPath, "-in", "req.csr", "-md", digest,
                     "-startdate", notBefore, "-enddate", notAfter, "-notext", "-out", certificatePath], in: work)
        return Identity(keyPath: keyPath, certificatePath: certificatePath,
                        certificatePEM: try String(contentsOfFile: certificatePath, encoding: .utf8))
    }

    /// Makes `directory` a workspace for `openssl ca -config ca.cnf`: an empty index, a serial
    /// file and a minimal configuration (any subject, the given digest).
    static func prepareCADirectory(_ directory: URL, firstSerial: String, digest: String = "sha256",
                                   copyExtensions: Bool = false) throws {
        try "".write(to: directory.appendingPathComponent("index.txt"), atomically: true, encoding: .utf8)
        try (firstSerial + "\n").write(to: directory.appendingPathComponent("serial"), atomically: true, encoding: .utf8)
        try """
        [ ca ]
        default_ca = local
        [ local ]
        database = index.txt
        new_certs_dir = .
        serial = serial
        default_md = \(digest)
        policy = any
        unique_subject = no
        \(copyExtensions ? "copy_extensions = copy" : "")
        [ any ]
        commonName = supplied
        """.write(to: directory.appendingPathComponent("ca.cnf"), atomically: true, encoding: .utf8)
    }

    @discardableResult
    func openssl(_ arguments: [String], in directory: URL) throws -> ProcessResult {
        let result = try TestEnvironment.runProgram(URL(fileURLWithPath: "/usr/bin/openssl"), arguments, in: directory)
        guard result.status == 0 else {
            throw ToolFailure(tool: "openssl \(arguments.joined(separator: " "))", output: result.standardError)
        }
        return result
    }
}

struct ToolFailure: Error, CustomStringConvertible {
    let tool: String
    let output: String
    var description: String { "\(tool) failed: \(output)" }
}
