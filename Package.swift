// swift-tools-version:6.0
import PackageDescription

// xmlsec's pkg-config -D flags (SwiftPM would drop them): C targets that include xmlsec headers get
// them here, Swift sees them through Sources/CXMLSec/include/shim.h. Keep both equal to
// `pkg-config --cflags xmlsec1-openssl` (a test compares them).
let xmlsecDefines: [CSetting] = [
    .define("__XMLSEC_FUNCTION__", to: "__func__"),
    .define("XMLSEC_NO_SIZE_T"),
    .define("XMLSEC_OPENSSL3_ENGINES", to: "1"),
    .define("XMLSEC_NO_GOST", to: "1"),
    .define("XMLSEC_NO_GOST2012", to: "1"),
    .define("XMLSEC_NO_CRYPTO_DYNAMIC_LOADING", to: "1"),
    .define("XMLSEC_CRYPTO_OPENSSL", to: "1"),
]

let package = Package(
    name: "samlcheck",
    products: [
        .library(name: "SAMLCheck", targets: ["SAMLCheck"]),
        .executable(name: "samlcheck", targets: ["samlcheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            // The schema packages are read at run time for schema validation (never copied here).
            providers: [.apt(["libxml2-dev", "opensaml-schemas", "xmltooling-schemas", "shibboleth-sp-common"])]
        ),
        // xmlsec is a C target rather than a pkg-config system library: SwiftPM drops the -D flags
        // of `pkg-config --cflags xmlsec1-openssl` and warns about them on every build. Its include
        // directory holds the shim (with those defines), the module map (which links the
        // libraries) and `xmlsec`, a link to /usr/include/xmlsec1/xmlsec, where Debian's
        // libxmlsec1-dev puts the headers (scripts/bootstrap installs it).
        .target(
            name: "CXMLSec",
            dependencies: ["CLibXML2", "COpenSSL"],
            cSettings: xmlsecDefines
        ),
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),
        // Headers only: CFetch loads libcurl.so.4 on the first fetch (see cfetch.c), so the
        // module map links nothing and pkg-config is not asked (it would add -lcurl).
        .systemLibrary(
            name: "CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libcurl's setopt/getinfo are variadic and zlib's stream API is easiest driven from C.
        .target(
            name: "CFetch",
            dependencies: ["CCurl", "CZlib"]
        ),
        .target(
            name: "CSupport",
            dependencies: ["CLibXML2", "CXMLSec"],
            cSettings: xmlsecDefines
        ),
        .target(
            name: "SAMLCheck",
            dependencies: ["CLibXML2", "CXMLSec", "COpenSSL", "CSupport", "CFetch"],
            exclude: ["Resources/WeakKeys/PROVENANCE.md"],
            // Compiled in rather than bundled: a deployed static binary has no resource bundle.
            resources: [
                .embedInCode("Resources/WeakKeys/compromised-1024.txt"),
                .embedInCode("Resources/WeakKeys/compromised-2048.txt"),
            ],
            plugins: ["RuleListPlugin"]
        ),
        .executableTarget(name: "RuleListGenerator"),
        .executableTarget(
            name: "samlcheck-bench",
            dependencies: ["SAMLCheck"],
            path: "Sources/samlcheck-bench"
        ),
        .executableTarget(
            name: "samlcheck-fuzz",
            dependencies: ["SAMLCheck"],
            path: "Sources/samlcheck-fuzz"
        ),
        .executableTarget(
            name: "samlcheck-fuzz-message",
            dependencies: ["SAMLCheck"],
            path: "Sources/samlcheck-fuzz-message"
        ),
        .executableTarget(
            name: "samlcheck-fuzz-signature",
            dependencies: ["SAMLCheck"],
            path: "Sources/samlcheck-fuzz-signature"
        ),
        .plugin(name: "RuleListPlugin", capability: .buildTool(), dependencies: ["RuleListGenerator"]),
        .executableTarget(
            name: "samlcheck",
            dependencies: [
                "SAMLCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SAMLCheckTests",
            // The CLI tests run the built `samlcheck` binary, so the test build must produce it.
            dependencies: ["SAMLCheck", "samlcheck"],
            exclude: ["Fixtures"]
        ),
    ]
)
