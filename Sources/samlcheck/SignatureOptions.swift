import ArgumentParser
import SAMLCheck
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Trust inputs and signature policy.
struct SignatureOptions: ParsableArguments {
    @Option(name: .customLong("trust"), help: ArgumentHelp(
        "A certificate (PEM or DER, a PEM bundle allowed) or PEM public key whose key may sign the metadata; repeatable. Any trust input makes a valid signature required (exit 1 otherwise).",
        valueName: "file"))
    var trustFiles: [String] = []

    @Option(name: .customLong("trust-fingerprint"), help: ArgumentHelp(
        "SHA-256 fingerprint of a certificate that may sign the metadata (SHA256:<hex>, colons allowed), found wherever it is in the signature's KeyInfo; repeatable.",
        valueName: "fingerprint"))
    var fingerprints: [String] = []

    @Flag(name: .customLong("require-signature"), help: "Require a signature by a trusted key: any verdict but valid is an error (give the key with --trust or --trust-fingerprint).")
    var requireSignature = false

    @Flag(name: .customLong("allow-sha1"), help: "Accept RSA-SHA1 signatures and SHA-1 digests; without it such a signature is invalid.")
    var allowSHA1 = false

    func policy() throws -> SignaturePolicy {
        var anchors: [TrustAnchor] = []
        for path in trustFiles {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure(message: "cannot read trust anchor \(path): \(FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file")")
            }
            do {
                anchors += try TrustAnchor.load(Array(data), name: path)
            } catch {
                throw CommandFailure(message: error.description)
            }
        }
        var pins: [Fingerprint] = []
        for text in fingerprints {
            guard let fingerprint = Fingerprint(parsing: text) else {
                throw CommandFailure(message: "--trust-fingerprint '\(text)' is not a SHA-256 fingerprint (SHA256: and 64 hex digits)")
            }
            pins.append(fingerprint)
        }
        return SignaturePolicy(anchors: anchors, pinnedFingerprints: pins, requireSignature: requireSignature, allowSHA1: allowSHA1)
    }
}
