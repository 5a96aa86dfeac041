internal import CXMLSec
internal import CSupport

/// Compares the sizes of xmlsec structures as Swift sees them (through CXMLSec/include/shim.h) with what
/// the C compiler sees (CSupport, built with the same defines as pkg-config). A mismatch means
/// the shim's defines drifted from the installed library's ABI: verification must not run then.
enum XMLSecABI {
    struct Report {
        var mismatches: [String]
    }

    static func compare() -> Report {
        var mismatches: [String] = []
        func check(_ name: String, swift: Int, c: Int) {
            if swift != c { mismatches.append("\(name): Swift \(swift) bytes, C \(c) bytes") }
        }
        // xmlSecSize is a macro (unsigned int with XMLSEC_NO_SIZE_T), so Swift uses UInt32 for it.
        check("xmlSecSize", swift: MemoryLayout<UInt32>.size, c: samlcheck_xmlsec_size_of_xmlSecSize())
        check("xmlSecTransformKlass", swift: MemoryLayout<xmlSecTransformKlass>.size, c: samlcheck_xmlsec_size_of_transform_klass())
        check("xmlSecDSigCtx", swift: MemoryLayout<xmlSecDSigCtx>.size, c: samlcheck_xmlsec_size_of_dsig_ctx())
        return Report(mismatches: mismatches)
    }
}
