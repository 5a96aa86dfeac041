internal import CLibXML2
internal import CXMLSec
internal import CSupport

/// Process-wide xmlsec set-up: done once, before any verification, and refused when the shim's
/// ABI does not match the installed library (verifying then would corrupt memory).
enum XMLSec {
    /// Why signatures cannot be verified in this process.
    struct Unavailable: Error, Sendable { let reason: String }

    static let setUp: Result<Void, Unavailable> = {
        LibXML.prepareThread()
        let abi = XMLSecABI.compare()
        guard abi.mismatches.isEmpty else {
            return .failure(Unavailable(reason: "xmlsec headers and library disagree (\(abi.mismatches.joined(separator: "; ")))"))
        }
        samlcheck_xmlsec_install_error_sink()
        guard xmlSecInit() >= 0 else { return .failure(Unavailable(reason: "xmlSecInit failed")) }
        guard xmlSecCheckVersionExt(Int32(XMLSEC_VERSION_MAJOR), Int32(XMLSEC_VERSION_MINOR), Int32(XMLSEC_VERSION_SUBMINOR),
                                    xmlSecCheckVersionABICompatible) == 1 else {
            return .failure(Unavailable(reason: "the installed xmlsec is not ABI-compatible with the headers samlcheck was built with"))
        }
        guard xmlSecOpenSSLAppInit(nil) >= 0 else { return .failure(Unavailable(reason: "xmlSecOpenSSLAppInit failed")) }
        guard xmlSecOpenSSLInit() >= 0 else { return .failure(Unavailable(reason: "xmlSecOpenSSLInit failed")) }
        return .success(())
    }()

    /// The xmlsec version samlcheck was built against, for messages ("xmlsec 1.2.37").
    static let versionDescription = "xmlsec \(XMLSEC_VERSION_MAJOR).\(XMLSEC_VERSION_MINOR).\(XMLSEC_VERSION_SUBMINOR)"

    /// Runs `body` with this thread's xmlsec and libxml2 errors collected, and returns both.
    static func collectingErrors<T>(_ body: () -> T) -> (result: T, errors: [String]) {
        samlcheck_xmlsec_errors_reset()
        let libxml = DiagnosticCollector(limit: 16)
        let result = LibXML.collectingErrors(into: libxml) { body() }
        var errors: [String] = []
        for index in 0..<samlcheck_xmlsec_error_count() {
            errors.append(String(cString: samlcheck_xmlsec_error_message(index)))
        }
        errors += libxml.diagnostics.map { "libxml2: " + $0.message }
        samlcheck_xmlsec_errors_reset()
        return (result, errors)
    }
}
