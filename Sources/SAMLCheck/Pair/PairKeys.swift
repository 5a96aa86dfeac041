#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A key SSO between an SP and an IdP depends on.
public struct PairKey: Sendable {
    /// What the pair uses a key for.
    public enum Purpose: String, Sendable, CaseIterable {
        /// The IdP signs responses and assertions with it.
        case idpSigning = "IdP signing"
        /// The IdP encrypts assertions to it.
        case spEncryption = "SP encryption"
        /// The SP signs its AuthnRequests with it (when it signs them, or the IdP wants them signed).
        case spSigning = "SP signing"
    }

    /// What the pair uses it for.
    public let purpose: Purpose
    /// The KeyDescriptor it is published in.
    public let keyDescriptor: KeyDescriptor
    /// Its certificate element.
    public let certificate: X509CertificateText
    /// What was read from the certificate.
    public let info: CertificateInfo

    /// The side the key is published by.
    public var onIdPSide: Bool { purpose == .idpSigning }
}

extension SSOPair {
    /// Every key the pair depends on, with a readable certificate. (A Mattermost SP that
    /// imports IdP metadata takes the first KeyDescriptor whatever its use: MM-IDP-KEY-PICK on
    /// the IdP's side says when that is not a signing key.)
    public var keys: [PairKey] {
        var keys: [PairKey] = []
        func add(_ purpose: PairKey.Purpose, _ side: PairSide, _ descriptors: [KeyDescriptor]) {
            for descriptor in descriptors {
                for certificate in descriptor.keyInfo?.certificates ?? [] {
                    if let info = side.certificates.info(for: certificate) {
                        keys.append(PairKey(purpose: purpose, keyDescriptor: descriptor, certificate: certificate, info: info))
                    }
                }
            }
        }
        add(.idpSigning, idp, idp.role.keyDescriptors.filter(\.isUsableForSigning))
        add(.spEncryption, sp, sp.role.keyDescriptors.filter(\.isUsableForEncryption))
        if spSignsRequests || idpWantsSignedRequests {
            let signing = sp.role.keyDescriptors.filter(\.isUsableForSigning)
            add(.spSigning, sp, spIsMattermost ? Array(signing.prefix(1)) : signing)
        }
        return keys
    }

    /// A key published for the same purpose that stays valid longer than `key`: a successor
    /// already in metadata, so the pair survives `key`'s expiry.
    public func successor(of key: PairKey, among keys: [PairKey]) -> PairKey? {
        guard let notAfter = key.info.notAfter else { return nil }
        return keys.filter { $0.purpose == key.purpose && $0.info.fingerprint != key.info.fingerprint }
            .filter { ($0.info.notAfter ?? .distantPast) > notAfter }
            .max { ($0.info.notAfter ?? .distantPast) < ($1.info.notAfter ?? .distantPast) }
    }

    /// The keys as the report lists them: soonest to expire first, with days left and successor.
    public func keySummaries() -> [PairSummary.Key] {
        let all = keys
        return all.sorted { ($0.info.notAfter ?? .distantPast) < ($1.info.notAfter ?? .distantPast) }.map { key in
            let side = key.onIdPSide ? idp : sp
            return PairSummary.Key(
                purpose: key.purpose.rawValue, document: side.source, entityID: side.entityID,
                line: key.certificate.position.line > 0 ? key.certificate.position.line : nil,
                subject: key.info.subject.isEmpty ? "(no subject)" : key.info.subject, fingerprint: key.info.fingerprint.description,
                notAfter: key.info.notAfter?.iso8601, daysLeft: key.info.notAfter.map { Self.wholeDays($0.timeIntervalSince(now)) },
                successor: successor(of: key, among: all)?.info.fingerprint.description)
        }
    }

    /// Whole days in an interval, rounded towards minus infinity (an hour past expiry is -1).
    static func wholeDays(_ seconds: TimeInterval) -> Int { Int((seconds / 86_400).rounded(.down)) }
}
