/// Federation feeds for the rule examples about a feed's signing key: one EntitiesDescriptor
/// signed with `xmlsec1 --sign` by a throw-away RSA-1024 key and by a throw-away RSA-2048 key
/// (the keys were discarded; the certificates, made with `openssl req -x509`, are below and in
/// each signature's KeyInfo). Only the SignatureValue differs between the two; any edit outside
/// the ds:Signature breaks both signatures.
enum FeedSignedExamples {
    /// The RSA-1024 signer's certificate, base64 DER.
    static let rsa1024Certificate = "MIICNjCCAZ+gAwIBAgIUP6QAKhE1SZORFQImOun8nxinD4AwDQYJKoZIhvcNAQELBQAwLTErMCkGA1UEAwwiZmVkZXJhdGlvbi1zaWduZXItMTAyNC5leGFtcGxlLm9yZzAeFw0yNjEyMDMyMzI2MjlaFw0zNjExMzAyMzI2MjlaMC0xKzApBgNVBAMMImZlZGVyYXRpb24tc2lnbmVyLTEwMjQuZXhhbXBsZS5vcmcwgZ8wDQYJKoZIhvcNAQEBBQADgY0AMIGJAoGBAMaPeCuZRcINhT0F6oQ4yJF7fyklEj+Smo45ApD6MfbdaUeEXylqUg0Y/T+5uAdQO6dy8OMI8JvvNofXtzUC86AQL3XtnX72mP/FWZ6utGi40DnW14st/3Ee8FwMxj86JqinxDHT5jztCzIUX9IGxRo7ygWdSMJtUvvJKxQ2yrMXAgMBAAGjUzBRMB0GA1UdDgQWBBQfCz95KI9304O79ZtyjPzMuE9v0DAfBgNVHSMEGDAWgBQfCz95KI9304O79ZtyjPzMuE9v0DAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4GBAJLykVUzgL3KF3704pFj10qoBi7Czfjc9m+/DfpGeY4rXCvUYpjMxLGEn26ENR4hegO0XW/1WZhmk5itPN39tx+nfnPFEAF9FYY2gAAu9YVVDyVS68kmf8TelWpcI9Sl23Q48nP2Lo90SE9tzWincmlz8AFj33I8RcPG8633O05P"

    /// The feed signed with the RSA-1024 key.
    static let rsa1024Feed = feed(signatureValue: """
DUVdY6muY9SwtZ05upVvAtN4kQ2sDYi5lsCRvLcXSfnISOqoJlCX1lHxaQTSPerr
uxLQUbqWmrjkmSB+CV63OewOi0bC8+w78DLUO7+EjaDc5HCdNu2u+dXn0vX5R6+J
gw4WhnDBBMg4SZnZUpBO0ScmoQctlLx7EXX9RyHczPM=
""", certificate: rsa1024Certificate)

    /// The RSA-2048 signer's certificate, base64 DER.
    static let rsa2048Certificate = "MIIDOzCCAiOgAwIBAgIUKhWndrBA5nKQ5BDVO1Yr6bs0NOIwDQYJKoZIhvcNAQELBQAwLTErMCkGA1UEAwwiZmVkZXJhdGlvbi1zaWduZXItMjA0OC5leGFtcGxlLm9yZzAeFw0yNjEyMDMyMzI2MjlaFw0zNjExMzAyMzI2MjlaMC0xKzApBgNVBAMMImZlZGVyYXRpb24tc2lnbmVyLTIwNDguZXhhbXBsZS5vcmcwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDGz1HAJK42cNBml0D0DA1RJSJ8HEf0dJCkVGT372XhrJbrLBkNmiJyxDES79T16TVpsBf62SBP8NACrHrIOS1nwTYl95rF0N+hWJ5BwhXWADMYlGeP7gSwS90MJTbHSvOczZQFpLPEeR9dYWXVkN3oB3e3lfM1x3x44cAkNE/0qS0vNzwK1VdRVq+usW8EtjT+KTXbFlD8zsSuw70wSsw/K9dRYwhcEbGGZIJ6y1IzCNGWXn5GwtdM3xMQmF7HEmz+62DAxy+yuUOD4cnRCVy8zSg2qGe9kWmAAOvEQ6GgDQnE4Kjgf8ROw9+vuT5+JHMkPyMsAWHLk+VW0p2xyOxpAgMBAAGjUzBRMB0GA1UdDgQWBBT0KTemsWTgy9mM5fVXuah4fV5NGTAfBgNVHSMEGDAWgBT0KTemsWTgy9mM5fVXuah4fV5NGTAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQBFLjCNoAK+x9YtM0DBpPbgt3H83umviBxMlqfpfM7mDmOt8BTDIBhW5RKsPc8/JbWW+OhOZbGBUkU6SRv9vN9fFSvQ0yW7ooAJ/DWEvthP7vnfNyApA039QVi0hEFX/McLpPc6f9Z1MOPmAmBPbAvkyvu0aFNu60t+fNEpkabJ/AJc6tqTxQaQJOu2Q/f08eZHwG7AGNnIXl+hH4ge0sEQ+n1Yor9M7JHIt2NqDxgC9UG3Aiw+SEqnWgGlEliFe9Wjx3OGjsfy/FF7jV8dKipyL5MPRKEr3LZvL9GyjyQoA+oXi9zx9NFsU/5spJCLUcGEVpXFvQp5Z+ONr8yPkaq8"

    /// The feed signed with the RSA-2048 key.
    static let rsa2048Feed = feed(signatureValue: """
r4Bqubzw5Ihks84MwR3OniwBcclu5GkAWh6dp4c4I+wFFK5qzccRIBSlT6tPLwAa
HGwRImQ68dxoqNYqWX/9VEvMxD4GABVazxpTj+X+FoeF1QasPi4DunPRzO5caszg
xCxs7j53PMvpsoQq8YHqzia4bQHE2cRFglmf+gFH7aVBg3PVR4XITWrz1ZMfo0NK
4+wXmrcnlon4818d24CACVcCtWYuxUBYrcVY5j/zTmv8XpBmyN/IkSfVEByD2Gkd
h4lDfc8239tMdUvQ1yh99LbGc60GZkK0wv5YaxbUUyxwK9/gA/QqHyvED8XwZiac
goWlwmy+Jh4f5lj8kcfsSA==
""", certificate: rsa2048Certificate)

    /// The feed with a ds:Signature holding `signatureValue` and `certificate` (neither is
    /// covered by the enveloped signature, so their layout does not matter).
    private static func feed(signatureValue: String, certificate: String) -> String {
        #"""
<?xml version="1.0"?>
<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_feed" Name="https://federation.example.org" validUntil="2026-06-15T00:00:00Z">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#_feed">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>jBcOX8YNVETlgdwZodQYTxdeNOpqnKcswesqwewlWg4=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>\#(signatureValue)</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data><ds:X509Certificate>\#(certificate)</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <md:EntityDescriptor entityID="https://sp.example.org/shibboleth">
    <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/Shibboleth.sso/SAML2/POST" index="1"/>
    </md:SPSSODescriptor>
  </md:EntityDescriptor>
</md:EntitiesDescriptor>
"""#
    }
}
