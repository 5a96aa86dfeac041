internal import COpenSSL

/// Small owned wrappers over OpenSSL objects, freed with their Swift owner.
final class OwnedX509 {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { X509_free(pointer) }

    /// Parses one DER certificate.
    static func fromDER(_ der: [UInt8]) -> OwnedX509? {
        der.withUnsafeBufferPointer { buffer -> OwnedX509? in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            guard let certificate = d2i_X509(nil, &cursor, buffer.count) else { ERR_clear_error(); return nil }
            return OwnedX509(certificate)
        }
    }

    /// Every certificate in a PEM text.
    static func allFromPEM(_ pem: [UInt8]) -> [OwnedX509] {
        guard let bio = OpenSSLBIO(pem) else { return [] }
        var result: [OwnedX509] = []
        while let certificate = PEM_read_bio_X509(bio.pointer, nil, nil, nil) { result.append(OwnedX509(certificate)) }
        ERR_clear_error()
        return result
    }

    var der: [UInt8] { OpenSSLEncoding.der { i2d_X509(pointer, $0) } }

    /// The SubjectPublicKeyInfo DER of the certificate's key.
    var publicKeyDER: [UInt8] {
        guard let key = X509_get0_pubkey(pointer) else { return [] }
        return OpenSSLEncoding.der { i2d_PUBKEY(key, $0) }
    }

    var subject: String { OpenSSLEncoding.name(X509_get_subject_name(pointer)) }
}

final class OwnedPublicKey {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { EVP_PKEY_free(pointer) }

    static func fromPEM(_ pem: [UInt8]) -> OwnedPublicKey? {
        guard let bio = OpenSSLBIO(pem) else { return nil }
        guard let key = PEM_read_bio_PUBKEY(bio.pointer, nil, nil, nil) else { ERR_clear_error(); return nil }
        return OwnedPublicKey(key)
    }

    static func fromDER(_ der: [UInt8]) -> OwnedPublicKey? {
        der.withUnsafeBufferPointer { buffer -> OwnedPublicKey? in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            guard let key = d2i_PUBKEY(nil, &cursor, buffer.count) else { ERR_clear_error(); return nil }
            return OwnedPublicKey(key)
        }
    }

    var der: [UInt8] { OpenSSLEncoding.der { i2d_PUBKEY(pointer, $0) } }
}

/// A read-only memory BIO over bytes that outlive it.
final class OpenSSLBIO {
    let pointer: OpaquePointer
    private let storage: UnsafeMutableRawBufferPointer

    init?(_ bytes: [UInt8]) {
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        storage.copyBytes(from: bytes)
        guard let bio = BIO_new_mem_buf(storage.baseAddress, Int32(bytes.count)) else {
            storage.deallocate()
            return nil
        }
        pointer = bio
    }

    deinit {
        BIO_free(pointer)
        storage.deallocate()
    }
}

enum OpenSSLEncoding {
    /// Runs an i2d_* encoder twice: once for the length, once into the buffer.
    static func der(_ encode: (UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?) -> Int32) -> [UInt8] {
        let length = encode(nil)
        guard length > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: Int(length))
        bytes.withUnsafeMutableBufferPointer { buffer in
            var cursor: UnsafeMutablePointer<UInt8>? = buffer.baseAddress
            _ = encode(&cursor)
        }
        return bytes
    }

    /// An X509_NAME as a one-line RFC 2253 string.
    static func name(_ name: OpaquePointer?) -> String {
        guard let name, let bio = BIO_new(BIO_s_mem()) else { return "" }
        defer { BIO_free(bio) }
        // XN_FLAG_RFC2253 is a macro Swift cannot import; these are its parts.
        let stringFlags = UInt(ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_ESC_MSB | ASN1_STRFLGS_UTF8_CONVERT
            | ASN1_STRFLGS_DUMP_UNKNOWN | ASN1_STRFLGS_DUMP_DER)
        let flags = stringFlags | UInt(XN_FLAG_SEP_COMMA_PLUS) | UInt(XN_FLAG_DN_REV) | UInt(XN_FLAG_FN_SN) | UInt(XN_FLAG_DUMP_UNKNOWN_FIELDS)
        _ = X509_NAME_print_ex(bio, name, 0, flags)
        var data: UnsafeMutablePointer<CChar>? = nil
        let length = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data)
        guard length > 0, let data else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
    }
}
