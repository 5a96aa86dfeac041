#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the facts of an X.509 certificate with the light DER reader. It accepts what real SAML
/// certificates contain (RSA-512 keys, DSA, MD5 signatures, negative serials, version 1), which
/// stricter parsers refuse; the tests compare its results with OpenSSL's on the corpus.
package enum CertificateDecoder {
    /// Decodes the text of a ds:X509Certificate (base64, whitespace allowed).
    package static func decode(base64 text: String) -> Result<(info: CertificateInfo, der: [UInt8]), CertificateProblem> {
        if text.isBlank { return .failure(.empty) }
        switch Base64.decode(text) {
        case .failure(let failure):
            return .failure(.notBase64(failure.description))
        case .success(let der):
            return decode(der: der).map { ($0, der) }
        }
    }

    /// Decodes a DER certificate.
    package static func decode(der: [UInt8]) -> Result<CertificateInfo, CertificateProblem> {
        do {
            return .success(try parse(der))
        } catch {
            return .failure(.notACertificate(error.description))
        }
    }

    private static func parse(_ der: [UInt8]) throws(DERReader.Failure) -> CertificateInfo {
        var outer = DERReader(der)
        let certificate = try outer.read(expecting: DERReader.sequence)
        guard outer.isAtEnd else { throw .invalidValue("\(der.count - certificate.contentEnd) bytes follow the certificate") }
        var certificateReader = DERReader(bytes: der, inside: certificate)
        let tbs = try certificateReader.read(expecting: DERReader.sequence)
        let outerAlgorithm = try certificateReader.read(expecting: DERReader.sequence)
        _ = try certificateReader.read(expecting: DERReader.bitString)

        var reader = DERReader(bytes: der, inside: tbs)
        var version = 1
        if let explicitVersion = try reader.readIfPresent(0xA0) {
            var versionReader = DERReader(bytes: der, inside: explicitVersion)
            let value = versionReader.integer(try versionReader.read(expecting: DERReader.integer))
            version = Int(value.magnitude.last ?? 0) + 1
        }
        let serialElement = try reader.read(expecting: DERReader.integer)
        let serial = reader.integer(serialElement)
        _ = try reader.read(expecting: DERReader.sequence)  // signature (repeated below the TBS)
        let issuer = try name(reader.read(expecting: DERReader.sequence), in: der)
        let validity = try reader.read(expecting: DERReader.sequence)
        var validityReader = DERReader(bytes: der, inside: validity)
        let notBefore = time(try validityReader.read(), in: der)
        let notAfter = time(try validityReader.read(), in: der)
        let subject = try name(reader.read(expecting: DERReader.sequence), in: der)
        let spki = try reader.read(expecting: DERReader.sequence)
        let spkiDER = Array(der[spki.start..<spki.contentEnd])
        let key = try publicKey(spki, in: der)
        let signature = try signatureAlgorithm(outerAlgorithm, in: der)

        return CertificateInfo(
            fingerprint: Fingerprint(sha256Of: der),
            keyFingerprint: Fingerprint(sha256Of: spkiDER),
            version: version,
            serialHex: serial.magnitude.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(),
            serialIsNegative: serial.negative,
            subject: subject,
            issuer: issuer,
            notBefore: notBefore,
            notAfter: notAfter,
            keyType: key.type,
            keyAlgorithm: key.algorithm,
            keyBits: key.bits,
            rsaExponent: key.exponent,
            curve: key.curve,
            signatureAlgorithm: signature.name,
            signatureHash: signature.hash,
            hasROCAFingerprint: key.roca,
            weakKeyDigest: key.weakKeyDigest)
    }

    // MARK: Names

    private static func name(_ element: DERReader.Element, in der: [UInt8]) throws(DERReader.Failure) -> String {
        var reader = DERReader(bytes: der, inside: element)
        var parts: [String] = []
        while !reader.isAtEnd {
            let relativeName = try reader.read(expecting: DERReader.set)
            var setReader = DERReader(bytes: der, inside: relativeName)
            var values: [String] = []
            while !setReader.isAtEnd {
                let pair = try setReader.read(expecting: DERReader.sequence)
                var pairReader = DERReader(bytes: der, inside: pair)
                let oid = try pairReader.objectIdentifier(pairReader.read(expecting: DERReader.objectIdentifier))
                let value = try pairReader.read()
                values.append((ObjectIdentifiers.attributeNames[oid] ?? oid) + "=" + string(value, in: der))
            }
            parts.append(values.joined(separator: "+"))
        }
        // Most specific first, as RFC 4514 and OpenSSL's RFC 2253 output print it.
        return parts.reversed().joined(separator: ", ")
    }

    private static func string(_ element: DERReader.Element, in der: [UInt8]) -> String {
        let content = der[element.contentStart..<element.contentEnd]
        switch element.tag {
        case 0x0C, 0x13, 0x16, 0x12, 0x1A:  // UTF8, Printable, IA5, Numeric, Visible
            return String(decoding: content, as: UTF8.self)
        case 0x14:  // T61String: read as Latin-1, which is what it holds in practice
            return String(content.map { Character(Unicode.Scalar($0)) })
        case 0x1E:  // BMPString: UTF-16BE
            var units: [UInt16] = []
            var index = content.startIndex
            while index + 1 < content.endIndex {
                units.append(UInt16(content[index]) << 8 | UInt16(content[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        case 0x1C:  // UniversalString: UTF-32BE
            var scalars = String.UnicodeScalarView()
            var index = content.startIndex
            while index + 3 < content.endIndex {
                let value = UInt32(content[index]) << 24 | UInt32(content[index + 1]) << 16 | UInt32(content[index + 2]) << 8 | UInt32(content[index + 3])
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += 4
            }
            return String(scalars)
        default:
            return "#" + der[element.start..<element.contentEnd].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    // MARK: Time

    /// UTCTime (YYMMDDHHMM[SS]Z, years 50–99 are 19xx) or GeneralizedTime (YYYYMMDDHHMM[SS][.f]Z).
    private static func time(_ element: DERReader.Element, in der: [UInt8]) -> Date? {
        let text = Array(der[element.contentStart..<element.contentEnd])
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= text.count else { return nil }
            var value = 0
            for byte in text[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        var year: Int
        var cursor: Int
        switch element.tag {
        case DERReader.utcTime:
            guard let yy = number(0..<2) else { return nil }
            year = yy < 50 ? 2000 + yy : 1900 + yy
            cursor = 2
        case DERReader.generalizedTime:
            guard let yyyy = number(0..<4) else { return nil }
            year = yyyy
            cursor = 4
        default:
            return nil
        }
        guard let month = number(cursor..<cursor + 2), let day = number(cursor + 2..<cursor + 4),
              let hour = number(cursor + 4..<cursor + 6), let minute = number(cursor + 6..<cursor + 8) else { return nil }
        cursor += 8
        var second = 0
        if let parsed = number(cursor..<cursor + 2) {
            second = parsed
            cursor += 2
        }
        if cursor < text.count, text[cursor] == UInt8(ascii: ".") {
            cursor += 1
            while cursor < text.count, text[cursor] >= 0x30, text[cursor] <= 0x39 { cursor += 1 }
        }
        var offset = 0
        if cursor < text.count, text[cursor] == UInt8(ascii: "+") || text[cursor] == UInt8(ascii: "-") {
            // Not DER, but seen in the wild: a local offset.
            guard let hours = number(cursor + 1..<cursor + 3), let minutes = number(cursor + 3..<cursor + 5) else { return nil }
            offset = (hours * 3600 + minutes * 60) * (text[cursor] == UInt8(ascii: "-") ? -1 : 1)
        }
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        let days = XSDateTime.daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset))
    }

    // MARK: Keys and algorithms

    private struct Key {
        var type: CertificateInfo.KeyType
        var algorithm: String
        var bits: Int?
        var exponent: UInt64?
        var curve: String?
        var roca = false
        var weakKeyDigest: WeakKeyDigest?
    }

    private static func publicKey(_ spki: DERReader.Element, in der: [UInt8]) throws(DERReader.Failure) -> Key {
        var reader = DERReader(bytes: der, inside: spki)
        let algorithm = try reader.read(expecting: DERReader.sequence)
        let keyBits = try reader.read(expecting: DERReader.bitString)
        var algorithmReader = DERReader(bytes: der, inside: algorithm)
        let oid = try algorithmReader.objectIdentifier(algorithmReader.read(expecting: DERReader.objectIdentifier))
        switch oid {
        case ObjectIdentifiers.rsaEncryption, ObjectIdentifiers.rsaPSS:
            // BIT STRING: one byte of unused bits, then RSAPublicKey ::= SEQUENCE { modulus, publicExponent }.
            guard keyBits.length > 1 else { throw .invalidValue("an empty RSA key") }
            let inner = DERReader.Element(tag: DERReader.sequence, contentStart: keyBits.contentStart + 1,
                                          contentEnd: keyBits.contentEnd, start: keyBits.contentStart + 1)
            var keyReader = DERReader(bytes: der, inside: inner)
            let sequence = try keyReader.read(expecting: DERReader.sequence)
            var rsaReader = DERReader(bytes: der, inside: sequence)
            let modulus = rsaReader.integer(try rsaReader.read(expecting: DERReader.integer))
            let exponent = rsaReader.integer(try rsaReader.read(expecting: DERReader.integer))
            var exponentValue: UInt64? = nil
            if exponent.magnitude.count <= 8 {
                exponentValue = exponent.magnitude.reduce(0) { $0 << 8 | UInt64($1) }
            }
            return Key(type: oid == ObjectIdentifiers.rsaPSS ? .rsaPSS : .rsa, algorithm: oid,
                       bits: bitLength(modulus.magnitude), exponent: exponentValue,
                       roca: ROCAFingerprint.matches(modulus: modulus.magnitude), weakKeyDigest: WeakKeyDigest(modulus: modulus.magnitude))
        case ObjectIdentifiers.ecPublicKey:
            var curveName: String? = nil
            var bits: Int? = nil
            if algorithmReader.peekTag == DERReader.objectIdentifier {
                let curveOID = try algorithmReader.objectIdentifier(algorithmReader.read())
                curveName = ObjectIdentifiers.curves[curveOID]?.name ?? curveOID
                bits = ObjectIdentifiers.curves[curveOID]?.bits
            } else {
                curveName = "explicit parameters"
            }
            return Key(type: .ec, algorithm: oid, bits: bits, curve: curveName)
        case ObjectIdentifiers.dsa:
            var bits: Int? = nil
            if algorithmReader.peekTag == DERReader.sequence {
                let parameters = try algorithmReader.read()
                var parametersReader = DERReader(bytes: der, inside: parameters)
                bits = bitLength(parametersReader.integer(try parametersReader.read(expecting: DERReader.integer)).magnitude)
            }
            return Key(type: .dsa, algorithm: oid, bits: bits)
        case ObjectIdentifiers.ed25519:
            return Key(type: .ed25519, algorithm: oid, bits: 256)
        case ObjectIdentifiers.ed448:
            return Key(type: .ed448, algorithm: oid, bits: 456)
        default:
            return Key(type: .other, algorithm: oid)
        }
    }

    private static func signatureAlgorithm(_ element: DERReader.Element, in der: [UInt8]) throws(DERReader.Failure) -> (name: String, hash: String?) {
        var reader = DERReader(bytes: der, inside: element)
        let oid = try reader.objectIdentifier(reader.read(expecting: DERReader.objectIdentifier))
        guard let known = ObjectIdentifiers.signatureAlgorithms[oid] else { return (oid, nil) }
        guard oid == ObjectIdentifiers.rsaPSS else { return known }
        // RSASSA-PSS-params: [0] hashAlgorithm defaults to SHA-1.
        var hash = "sha1"
        if let parameters = try reader.readIfPresent(DERReader.sequence) {
            var parametersReader = DERReader(bytes: der, inside: parameters)
            if let explicitHash = try parametersReader.readIfPresent(0xA0) {
                var hashReader = DERReader(bytes: der, inside: explicitHash)
                let algorithm = try hashReader.read(expecting: DERReader.sequence)
                var algorithmReader = DERReader(bytes: der, inside: algorithm)
                let hashOID = try algorithmReader.objectIdentifier(algorithmReader.read(expecting: DERReader.objectIdentifier))
                hash = ObjectIdentifiers.hashes[hashOID] ?? hashOID
            }
        }
        return ("RSASSA-PSS", hash)
    }

    private static func bitLength(_ magnitude: ArraySlice<UInt8>) -> Int {
        guard let first = magnitude.first(where: { $0 != 0 }) else { return 0 }
        let leading = magnitude.firstIndex(of: first)! - magnitude.startIndex
        return (magnitude.count - leading - 1) * 8 + (8 - first.leadingZeroBitCount)
    }
}

extension CertificateDecoder {
    /// The public key material of a certificate, for comparing it with a ds:KeyValue.
    enum PublicKeyMaterial: Equatable {
        case rsa(modulus: [UInt8], exponent: [UInt8])
        /// The EC point as encoded in the SubjectPublicKeyInfo (0x04 || X || Y).
        case ecPoint([UInt8])
        case other
    }

    static func publicKeyMaterial(der: [UInt8]) -> PublicKeyMaterial? {
        do {
            var outer = DERReader(der)
            var certificate = DERReader(bytes: der, inside: try outer.read(expecting: DERReader.sequence))
            var tbs = DERReader(bytes: der, inside: try certificate.read(expecting: DERReader.sequence))
            if tbs.peekTag == 0xA0 { _ = try tbs.read() }
            for _ in 0..<5 { _ = try tbs.read() }  // serial, signature, issuer, validity, subject
            var spki = DERReader(bytes: der, inside: try tbs.read(expecting: DERReader.sequence))
            var algorithm = DERReader(bytes: der, inside: try spki.read(expecting: DERReader.sequence))
            let oid = try algorithm.objectIdentifier(algorithm.read(expecting: DERReader.objectIdentifier))
            let bits = try spki.read(expecting: DERReader.bitString)
            let key = Array(der[(bits.contentStart + 1)..<bits.contentEnd])
            switch oid {
            case ObjectIdentifiers.rsaEncryption, ObjectIdentifiers.rsaPSS:
                var rsa = DERReader(key)
                var fields = DERReader(bytes: key, inside: try rsa.read(expecting: DERReader.sequence))
                let modulus = fields.integer(try fields.read(expecting: DERReader.integer)).magnitude
                let exponent = fields.integer(try fields.read(expecting: DERReader.integer)).magnitude
                return .rsa(modulus: Array(modulus), exponent: Array(exponent))
            case ObjectIdentifiers.ecPublicKey:
                return .ecPoint(key)
            default:
                return .other
            }
        } catch {
            return nil
        }
    }
}
