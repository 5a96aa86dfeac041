/// Metadata signed for the rule examples: real XML signatures made with `xmlsec1 --sign` over
/// these exact bytes with a throw-away RSA-2048 key (the key was discarded; only the certificates
/// remain). Editing any byte inside a signed document breaks its signature, which is what the
/// SIG-INVALID example does on purpose. A marker may be inserted before an element: markers are
/// removed before parsing, so the signed bytes stay the same.
package enum SignedExamples {
    /// The signer's certificate (CN=metadata-signer.example.org), base64 DER.
    package static let signerCertificate = "MIIC2DCCAcCgAwIBAgIUE+WSBhEfu+Ts/BRFHhtNSoQqxK8wDQYJKoZIhvcNAQELBQAwJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvmsT+HEIaP9uKxnj7arpXrK9+ETbU5O/qWiZPEbm0tw/WKvW1D1VT96eHgIZZn5+JFlI/OBYteEcfVyacQpp9ESz0XDp5gcDnw2riZ8WYscxaJIuom63MACaLTnf1NcSoYgc5tHy4PTfyDwLrID0nbZvtKZpy+mGUzgCYVLujkRpiO4XVTF9kKOMQPe5b9WA6L7YzxVnTp+B5ifdvm93qC6SFO2IEa51wgFRAfMR8ukJ06uKkFI9zjfwEXEmOLoaE5T3gXsdL3Ydblsmq9cHKEaN/jJWPSjt5tjkO5izQxWsdZNjY08FN8rWpBLlEkficQACGbYMJdNbVPt2703DQQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBuLJzv25T77B3pf5vWxbl3kWmM1xoBTHDaGD28B1sDhZuPSWhFTfKOdTlnmb+Wv/cfpJOlxbV7mSLIRPAEilkf4RR653TZ5j3SxNRLk2x4N6t8YO8yb4LtDyxU5FO492nwyzfFvjyCfUxJya3ZiEWvYXV3nyWGhRKC9PTmzSsxj28y1TjAqIQzgvvt9hbwLWW/hSgqlzFs6Uq7hQSKd+kqxOeUaNivFII22maO4W2zi4v/33rCZXq1VPsgxZKMTmKr7DaUMdkCkkpxpr2uAF/Z/azgPdhU088BSB8V5zw37ywDReU1nn794ROXOjY2/gEDGMAtvPhXvSL69c6wKkw5"

    /// The IdP's own signing certificate (CN=idp.example.org), base64 DER.
    package static let idpCertificate = "MIICwDCCAaigAwIBAgIUXFCUpnIEzA5zPN08vuNzN1U12UIwDQYJKoZIhvcNAQELBQAwGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlCWNcyx0JvDWdZxrNitx7NbU2s8wmSQ8bKBQy2gsQVszy39uUIQ8QE+tEY5tE6aSdq5XQy5kZr/dRqhDyIpqpBHDWmjMyqNxQsAxTAvY+FlcYQ0osg5rkqI6NR1ZJNb5JApLJvK06RN9gB0L25NuFTooDgPL0y8vkTQm250PQEifpXz49twv2WW5C1sc1FDsif3i3fFmAJARjRwHo0XTBslds0m+tGtLEFcqq9wZM8mfsnZ0YBbHscUFWrMyhL44Fu2hfl8dubhD4JU5Xf5GEwEeC1WeTNKwPergudN6NVhqIV+Jta+vTdgeT0/gKvwQS5w+9vJL9Z8eIvLSaNf6cwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBoFgFtDiq8hOqecgnzqpeT52ta/1EO9UCnDVwuBAe8NVvQ9w/RH1/8Wdm2yoIlcxSP7gX9wiIBdSMcSUnTOj61biIvAIuAmiLKVvDP7hY8r7Y08w7jHjeS/iI4J4nUT1tVB+k/eoxF8cTEhySQJBaPnYD2+UkHwp7E9r2wZEQZfKUxHTcdzLovi8wZ6C4a512UXuuYqW+Uv2txEVciDXWQDji7TQoRVZElJOfuljcBg+hRMmhHnXTJfR3zWMhVugjHDF+TAfE55+IJemmKomoK1lsBOsCtIRzs57HY3gnmpz2CfV+66oN9R9rNtXQdNzqW9XDzpsgI7jZUBo7/pI+K"

    /// An SP EntityDescriptor signed with another throw-away key (its certificate is in the
    /// signature's KeyInfo), for pair examples that need both sides signed.
    package static let signedSP = #"""
<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_sp" entityID="https://sp.example.org/shibboleth" validUntil="2026-06-15T00:00:00Z">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#_sp">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>MAl8WZx+7llVtDSask7p8Rv3ANKniwwGDrfpwK3HEvs=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>VbT2pHR9kK9m8N5AyJwZVB0PRzQnrzYW109FpajfCP66ChBXIFqEaKbeB3BYlIeB
u8oPmHk78YTpgblF9OAp7YWPYLKza2AqiH3mBZTbQFYpZA9QHAoANF6PJwp4+qVR
p2LE0sQVz9Sjp+8DvckXOoe5lY0Mb+VixquNY+Ih0yF2JjUBxTTj5hwCKVGqyEQM
+FS0nZi7cX0xeoIC3I3aT2WLccie+rK55bGPgma/q8PBZQkKaDJKC0dzGENPm7Az
D4nG2q10eirTAqQT/uAhgC48urVsuXoRjZxVYWe1MPN3bB56TrPzuxFS1ktNutbc
nL+4vDyqjiF3+cOad/oNBA==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data>
<ds:X509Certificate>MIIDGjCCAgKgAwIBAgIBBzANBgkqhkiG9w0BAQsFADAmMSQwIgYDVQQDDBttZXRh
ZGF0YS1zaWduZXIuZXhhbXBsZS5vcmcwHhcNMjYxMjAzMTYxMjMxWhcNMzYxMTMw
MTYxMjMxWjAmMSQwIgYDVQQDDBttZXRhZGF0YS1zaWduZXIuZXhhbXBsZS5vcmcw
ggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQC2n+boZJK3nuE1BHqSp82s
h6/hM7nBUzHmKNpGw7ABVfuv5WqWwHVsxVKee1P59N2adL3p0j6Hg8Cpdz4hXJ/1
C3FBNcj4k4b33kILvxsqHzvv+08Zw+zXj0CTo+30dtvhsUloIXoOM6fQ8pmqeBsn
0RFJTyQowIgooyse/acWvLn87oIl0MShEKL5jIpzrooNqyQ26NAZ43aamzn9k3va
XFfzensNb2POkfsltUsjAWvkjlWjclbRKbF8RRKILtmel0wBI6laR2DbSgETrS6F
3dhvAPPFN5w1ztFQb9O1L2CpfZ6ulX5nTxvLCl8lwjUjTFm3FeW5ZssSmdIePIg1
AgMBAAGjUzBRMB0GA1UdDgQWBBQyorddMu9SVg/A5v+k9/+/LdgL9zAfBgNVHSME
GDAWgBQyorddMu9SVg/A5v+k9/+/LdgL9zAPBgNVHRMBAf8EBTADAQH/MA0GCSqG
SIb3DQEBCwUAA4IBAQAA96MuxmsBArWiYkIfJKMP5mWLdPCZtARHxDN/QccMxOKC
UIHH2m+jiHy6hCf1YFzscXan4nZYq7+W9GSHtOycjRC73LKshwfbw+4JSsz9ZvAj
xLtD2TvGYPQ+wP3B+NjG4/6UxALSsgyepCfv5vXJKPypWlD0sJg7mxEjhA7RhUCs
1ClWNd6iw9xayv+SpVwaQn7vk32htdkwobk94NJrKQXXicV8hcmZlCBvkTnPcte+
LUE2kqr29DqVRyM3dJ09EMFDIcNrSq+P2Sy4buMLckQLdI5vuDd0JRkfLNe/l+dF
iAM0307fTwCdYhZi8MXbmyQsFegAW5hso7B2JQ2X
</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/Shibboleth.sso/SAML2/POST" index="1"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
"""#

    /// An IdP EntityDescriptor signed by the metadata signer (rsa-sha256, sha256, exclusive C14N, Reference to the root ID).
    package static let signedIdP = #"""
<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_example" entityID="https://idp.example.org/idp/shibboleth" validUntil="2026-06-15T00:00:00Z">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#_example">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>VxFdQZ47Sglqoncir9LnFEOLj6/Z9tt1NOHLjoQx+Qc=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>YLAW6vfueUHCrnBs5RqammCRTETFmn7Zd9Mq+u0q/Va3d5ldG9Xh61h/6DF6rDuq
Gsi/dyN39Vkgqq29Dy36JuwQD5eWqOpuLMwfhYKDEpq0IENpy5rLcaZzcIgN8Zj/
W+WR5vKo+c+Xyd5fEB/RSMnntvf8AQNSSmm1xrCNmtRcFWkWuQbOdYmgNtYraUKj
R5ov2S/oylBh+hhY58R/Ikg1jqEpXHd1gVWh20Ewhde5NSgikDFOPGJKaZsvIGFP
NerLQF/XO4ti2fhxoZcCPHDX8WGZjJgX9PGbqKpYtlkcZOtY/XJAYvUibaZD49nC
eK4N+YgncxIRFABjbwSeSA==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data>
<ds:X509Certificate>MIIC2DCCAcCgAwIBAgIUE+WSBhEfu+Ts/BRFHhtNSoQqxK8wDQYJKoZIhvcNAQEL
BQAwJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMB4XDTI2
MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowJjEkMCIGA1UEAwwbbWV0YWRhdGEt
c2lnbmVyLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
AQEAvmsT+HEIaP9uKxnj7arpXrK9+ETbU5O/qWiZPEbm0tw/WKvW1D1VT96eHgIZ
Zn5+JFlI/OBYteEcfVyacQpp9ESz0XDp5gcDnw2riZ8WYscxaJIuom63MACaLTnf
1NcSoYgc5tHy4PTfyDwLrID0nbZvtKZpy+mGUzgCYVLujkRpiO4XVTF9kKOMQPe5
b9WA6L7YzxVnTp+B5ifdvm93qC6SFO2IEa51wgFRAfMR8ukJ06uKkFI9zjfwEXEm
OLoaE5T3gXsdL3Ydblsmq9cHKEaN/jJWPSjt5tjkO5izQxWsdZNjY08FN8rWpBLl
EkficQACGbYMJdNbVPt2703DQQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBuLJzv
25T77B3pf5vWxbl3kWmM1xoBTHDaGD28B1sDhZuPSWhFTfKOdTlnmb+Wv/cfpJOl
xbV7mSLIRPAEilkf4RR653TZ5j3SxNRLk2x4N6t8YO8yb4LtDyxU5FO492nwyzfF
vjyCfUxJya3ZiEWvYXV3nyWGhRKC9PTmzSsxj28y1TjAqIQzgvvt9hbwLWW/hSgq
lzFs6Uq7hQSKd+kqxOeUaNivFII22maO4W2zi4v/33rCZXq1VPsgxZKMTmKr7DaU
MdkCkkpxpr2uAF/Z/azgPdhU088BSB8V5zw37ywDReU1nn794ROXOjY2/gEDGMAt
vPhXvSL69c6wKkw5
</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIICwDCCAaigAwIBAgIUXFCUpnIEzA5zPN08vuNzN1U12UIwDQYJKoZIhvcNAQELBQAwGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlCWNcyx0JvDWdZxrNitx7NbU2s8wmSQ8bKBQy2gsQVszy39uUIQ8QE+tEY5tE6aSdq5XQy5kZr/dRqhDyIpqpBHDWmjMyqNxQsAxTAvY+FlcYQ0osg5rkqI6NR1ZJNb5JApLJvK06RN9gB0L25NuFTooDgPL0y8vkTQm250PQEifpXz49twv2WW5C1sc1FDsif3i3fFmAJARjRwHo0XTBslds0m+tGtLEFcqq9wZM8mfsnZ0YBbHscUFWrMyhL44Fu2hfl8dubhD4JU5Xf5GEwEeC1WeTNKwPergudN6NVhqIV+Jta+vTdgeT0/gKvwQS5w+9vJL9Z8eIvLSaNf6cwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBoFgFtDiq8hOqecgnzqpeT52ta/1EO9UCnDVwuBAe8NVvQ9w/RH1/8Wdm2yoIlcxSP7gX9wiIBdSMcSUnTOj61biIvAIuAmiLKVvDP7hY8r7Y08w7jHjeS/iI4J4nUT1tVB+k/eoxF8cTEhySQJBaPnYD2+UkHwp7E9r2wZEQZfKUxHTcdzLovi8wZ6C4a512UXuuYqW+Uv2txEVciDXWQDji7TQoRVZElJOfuljcBg+hRMmhHnXTJfR3zWMhVugjHDF+TAfE55+IJemmKomoK1lsBOsCtIRzs57HY3gnmpz2CfV+66oN9R9rNtXQdNzqW9XDzpsgI7jZUBo7/pI+K</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""#

    /// signedIdP with its KeyInfo certificate swapped for the IdP certificate (KeyInfo is not signed, so the signature still verifies with the signer key).
    package static let keyInfoNamesAnotherCertificate = #"""
<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_example" entityID="https://idp.example.org/idp/shibboleth" validUntil="2026-06-15T00:00:00Z">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#_example">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>VxFdQZ47Sglqoncir9LnFEOLj6/Z9tt1NOHLjoQx+Qc=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>YLAW6vfueUHCrnBs5RqammCRTETFmn7Zd9Mq+u0q/Va3d5ldG9Xh61h/6DF6rDuq
Gsi/dyN39Vkgqq29Dy36JuwQD5eWqOpuLMwfhYKDEpq0IENpy5rLcaZzcIgN8Zj/
W+WR5vKo+c+Xyd5fEB/RSMnntvf8AQNSSmm1xrCNmtRcFWkWuQbOdYmgNtYraUKj
R5ov2S/oylBh+hhY58R/Ikg1jqEpXHd1gVWh20Ewhde5NSgikDFOPGJKaZsvIGFP
NerLQF/XO4ti2fhxoZcCPHDX8WGZjJgX9PGbqKpYtlkcZOtY/XJAYvUibaZD49nC
eK4N+YgncxIRFABjbwSeSA==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data>
<ds:X509Certificate>MIICwDCCAaigAwIBAgIUXFCUpnIEzA5zPN08vuNzN1U12UIwDQYJKoZIhvcNAQELBQAwGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlCWNcyx0JvDWdZxrNitx7NbU2s8wmSQ8bKBQy2gsQVszy39uUIQ8QE+tEY5tE6aSdq5XQy5kZr/dRqhDyIpqpBHDWmjMyqNxQsAxTAvY+FlcYQ0osg5rkqI6NR1ZJNb5JApLJvK06RN9gB0L25NuFTooDgPL0y8vkTQm250PQEifpXz49twv2WW5C1sc1FDsif3i3fFmAJARjRwHo0XTBslds0m+tGtLEFcqq9wZM8mfsnZ0YBbHscUFWrMyhL44Fu2hfl8dubhD4JU5Xf5GEwEeC1WeTNKwPergudN6NVhqIV+Jta+vTdgeT0/gKvwQS5w+9vJL9Z8eIvLSaNf6cwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBoFgFtDiq8hOqecgnzqpeT52ta/1EO9UCnDVwuBAe8NVvQ9w/RH1/8Wdm2yoIlcxSP7gX9wiIBdSMcSUnTOj61biIvAIuAmiLKVvDP7hY8r7Y08w7jHjeS/iI4J4nUT1tVB+k/eoxF8cTEhySQJBaPnYD2+UkHwp7E9r2wZEQZfKUxHTcdzLovi8wZ6C4a512UXuuYqW+Uv2txEVciDXWQDji7TQoRVZElJOfuljcBg+hRMmhHnXTJfR3zWMhVugjHDF+TAfE55+IJemmKomoK1lsBOsCtIRzs57HY3gnmpz2CfV+66oN9R9rNtXQdNzqW9XDzpsgI7jZUBo7/pI+K</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIICwDCCAaigAwIBAgIUXFCUpnIEzA5zPN08vuNzN1U12UIwDQYJKoZIhvcNAQELBQAwGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlCWNcyx0JvDWdZxrNitx7NbU2s8wmSQ8bKBQy2gsQVszy39uUIQ8QE+tEY5tE6aSdq5XQy5kZr/dRqhDyIpqpBHDWmjMyqNxQsAxTAvY+FlcYQ0osg5rkqI6NR1ZJNb5JApLJvK06RN9gB0L25NuFTooDgPL0y8vkTQm250PQEifpXz49twv2WW5C1sc1FDsif3i3fFmAJARjRwHo0XTBslds0m+tGtLEFcqq9wZM8mfsnZ0YBbHscUFWrMyhL44Fu2hfl8dubhD4JU5Xf5GEwEeC1WeTNKwPergudN6NVhqIV+Jta+vTdgeT0/gKvwQS5w+9vJL9Z8eIvLSaNf6cwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBoFgFtDiq8hOqecgnzqpeT52ta/1EO9UCnDVwuBAe8NVvQ9w/RH1/8Wdm2yoIlcxSP7gX9wiIBdSMcSUnTOj61biIvAIuAmiLKVvDP7hY8r7Y08w7jHjeS/iI4J4nUT1tVB+k/eoxF8cTEhySQJBaPnYD2+UkHwp7E9r2wZEQZfKUxHTcdzLovi8wZ6C4a512UXuuYqW+Uv2txEVciDXWQDji7TQoRVZElJOfuljcBg+hRMmhHnXTJfR3zWMhVugjHDF+TAfE55+IJemmKomoK1lsBOsCtIRzs57HY3gnmpz2CfV+66oN9R9rNtXQdNzqW9XDzpsgI7jZUBo7/pI+K</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""#

    /// The same IdP, signed with the very key it publishes as its own signing key.
    package static let selfSignedIdP = #"""
<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_example" entityID="https://idp.example.org/idp/shibboleth" validUntil="2026-06-15T00:00:00Z">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#_example">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>WaXjRKhwpD4kigT8A0x2cu1/hsgIi7vWHmkAiaWqaj0=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>UESSfKoGU0VOReZkowUkAkfDGsmAFcfYW5xK/arpt/5AhescBZVGMw8fi/kAh09e
CF3ZWK854KDofDkqKNvnFQhXqbggcO3mYW5+bD6Z/NmLmDuxNpRrqHhsnasQw81U
VQlyMKXJwgbxnHsnEqBdaHornLkUNUmlHPCFilVD15MHJH7UCPlL1FIVNXHnpY+s
z+QG+OxUrg6gCRnyMaXbSDVZ/p+ltFWdsiA6hgUKYqASSw5xJAIQsmrWZBHr9wYy
BbvRAuxNzfHdYxpViDfANbnpX180QLnOJYN56phstP25/2fe5Tt1Z2JJ3OxNiIt0
D5xti5gEmY+SvsRRTrCawg==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data>
<ds:X509Certificate>MIIC2DCCAcCgAwIBAgIUE+WSBhEfu+Ts/BRFHhtNSoQqxK8wDQYJKoZIhvcNAQEL
BQAwJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMB4XDTI2
MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowJjEkMCIGA1UEAwwbbWV0YWRhdGEt
c2lnbmVyLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
AQEAvmsT+HEIaP9uKxnj7arpXrK9+ETbU5O/qWiZPEbm0tw/WKvW1D1VT96eHgIZ
Zn5+JFlI/OBYteEcfVyacQpp9ESz0XDp5gcDnw2riZ8WYscxaJIuom63MACaLTnf
1NcSoYgc5tHy4PTfyDwLrID0nbZvtKZpy+mGUzgCYVLujkRpiO4XVTF9kKOMQPe5
b9WA6L7YzxVnTp+B5ifdvm93qC6SFO2IEa51wgFRAfMR8ukJ06uKkFI9zjfwEXEm
OLoaE5T3gXsdL3Ydblsmq9cHKEaN/jJWPSjt5tjkO5izQxWsdZNjY08FN8rWpBLl
EkficQACGbYMJdNbVPt2703DQQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBuLJzv
25T77B3pf5vWxbl3kWmM1xoBTHDaGD28B1sDhZuPSWhFTfKOdTlnmb+Wv/cfpJOl
xbV7mSLIRPAEilkf4RR653TZ5j3SxNRLk2x4N6t8YO8yb4LtDyxU5FO492nwyzfF
vjyCfUxJya3ZiEWvYXV3nyWGhRKC9PTmzSsxj28y1TjAqIQzgvvt9hbwLWW/hSgq
lzFs6Uq7hQSKd+kqxOeUaNivFII22maO4W2zi4v/33rCZXq1VPsgxZKMTmKr7DaU
MdkCkkpxpr2uAF/Z/azgPdhU088BSB8V5zw37ywDReU1nn794ROXOjY2/gEDGMAt
vPhXvSL69c6wKkw5
</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIC2DCCAcCgAwIBAgIUE+WSBhEfu+Ts/BRFHhtNSoQqxK8wDQYJKoZIhvcNAQELBQAwJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvmsT+HEIaP9uKxnj7arpXrK9+ETbU5O/qWiZPEbm0tw/WKvW1D1VT96eHgIZZn5+JFlI/OBYteEcfVyacQpp9ESz0XDp5gcDnw2riZ8WYscxaJIuom63MACaLTnf1NcSoYgc5tHy4PTfyDwLrID0nbZvtKZpy+mGUzgCYVLujkRpiO4XVTF9kKOMQPe5b9WA6L7YzxVnTp+B5ifdvm93qC6SFO2IEa51wgFRAfMR8ukJ06uKkFI9zjfwEXEmOLoaE5T3gXsdL3Ydblsmq9cHKEaN/jJWPSjt5tjkO5izQxWsdZNjY08FN8rWpBLlEkficQACGbYMJdNbVPt2703DQQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBuLJzv25T77B3pf5vWxbl3kWmM1xoBTHDaGD28B1sDhZuPSWhFTfKOdTlnmb+Wv/cfpJOlxbV7mSLIRPAEilkf4RR653TZ5j3SxNRLk2x4N6t8YO8yb4LtDyxU5FO492nwyzfFvjyCfUxJya3ZiEWvYXV3nyWGhRKC9PTmzSsxj28y1TjAqIQzgvvt9hbwLWW/hSgqlzFs6Uq7hQSKd+kqxOeUaNivFII22maO4W2zi4v/33rCZXq1VPsgxZKMTmKr7DaUMdkCkkpxpr2uAF/Z/azgPdhU088BSB8V5zw37ywDReU1nn794ROXOjY2/gEDGMAtvPhXvSL69c6wKkw5</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""#

    /// Signed with an empty Reference URI (the whole document) instead of "#_example".
    package static let emptyReferenceURI = #"""
<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_example" entityID="https://idp.example.org/idp/shibboleth" validUntil="2026-06-15T00:00:00Z">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>VxFdQZ47Sglqoncir9LnFEOLj6/Z9tt1NOHLjoQx+Qc=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>P5jRMn2AHddkbIZUGSc3+7C0fBN7N4GBNZDO3U6BKI12fnD/K2I2bxfFQKEIwxby
5haxsNM1HzypzwBQMIc2on7/ghBGLwYNlbhFsY2wjKlcIZ7vTFtc6/4NtY+hK994
tVm0ODQrfx1BLLR5jfO0WOWSQnWIX8JmaW1H35TnLRTWSw47K+67kjoDWvfttChN
k3zP1TAcb0bc+cPHdh2BfOA1lYZy7TzYOGmM8H8s8nTJjNy5CIxu3qI47zoVgT6H
zGmBdXzXZUcIFpAtogleltQ0PcWhBTB/uVvQT0isSfkkfwd7NPihzOzqVD6CFa78
B9gsJA3bBbf5mA75ZoTQIw==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data>
<ds:X509Certificate>MIIC2DCCAcCgAwIBAgIUE+WSBhEfu+Ts/BRFHhtNSoQqxK8wDQYJKoZIhvcNAQEL
BQAwJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMB4XDTI2
MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowJjEkMCIGA1UEAwwbbWV0YWRhdGEt
c2lnbmVyLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
AQEAvmsT+HEIaP9uKxnj7arpXrK9+ETbU5O/qWiZPEbm0tw/WKvW1D1VT96eHgIZ
Zn5+JFlI/OBYteEcfVyacQpp9ESz0XDp5gcDnw2riZ8WYscxaJIuom63MACaLTnf
1NcSoYgc5tHy4PTfyDwLrID0nbZvtKZpy+mGUzgCYVLujkRpiO4XVTF9kKOMQPe5
b9WA6L7YzxVnTp+B5ifdvm93qC6SFO2IEa51wgFRAfMR8ukJ06uKkFI9zjfwEXEm
OLoaE5T3gXsdL3Ydblsmq9cHKEaN/jJWPSjt5tjkO5izQxWsdZNjY08FN8rWpBLl
EkficQACGbYMJdNbVPt2703DQQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBuLJzv
25T77B3pf5vWxbl3kWmM1xoBTHDaGD28B1sDhZuPSWhFTfKOdTlnmb+Wv/cfpJOl
xbV7mSLIRPAEilkf4RR653TZ5j3SxNRLk2x4N6t8YO8yb4LtDyxU5FO492nwyzfF
vjyCfUxJya3ZiEWvYXV3nyWGhRKC9PTmzSsxj28y1TjAqIQzgvvt9hbwLWW/hSgq
lzFs6Uq7hQSKd+kqxOeUaNivFII22maO4W2zi4v/33rCZXq1VPsgxZKMTmKr7DaU
MdkCkkpxpr2uAF/Z/azgPdhU088BSB8V5zw37ywDReU1nn794ROXOjY2/gEDGMAt
vPhXvSL69c6wKkw5
</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIICwDCCAaigAwIBAgIUXFCUpnIEzA5zPN08vuNzN1U12UIwDQYJKoZIhvcNAQELBQAwGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlCWNcyx0JvDWdZxrNitx7NbU2s8wmSQ8bKBQy2gsQVszy39uUIQ8QE+tEY5tE6aSdq5XQy5kZr/dRqhDyIpqpBHDWmjMyqNxQsAxTAvY+FlcYQ0osg5rkqI6NR1ZJNb5JApLJvK06RN9gB0L25NuFTooDgPL0y8vkTQm250PQEifpXz49twv2WW5C1sc1FDsif3i3fFmAJARjRwHo0XTBslds0m+tGtLEFcqq9wZM8mfsnZ0YBbHscUFWrMyhL44Fu2hfl8dubhD4JU5Xf5GEwEeC1WeTNKwPergudN6NVhqIV+Jta+vTdgeT0/gKvwQS5w+9vJL9Z8eIvLSaNf6cwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBoFgFtDiq8hOqecgnzqpeT52ta/1EO9UCnDVwuBAe8NVvQ9w/RH1/8Wdm2yoIlcxSP7gX9wiIBdSMcSUnTOj61biIvAIuAmiLKVvDP7hY8r7Y08w7jHjeS/iI4J4nUT1tVB+k/eoxF8cTEhySQJBaPnYD2+UkHwp7E9r2wZEQZfKUxHTcdzLovi8wZ6C4a512UXuuYqW+Uv2txEVciDXWQDji7TQoRVZElJOfuljcBg+hRMmhHnXTJfR3zWMhVugjHDF+TAfE55+IJemmKomoK1lsBOsCtIRzs57HY3gnmpz2CfV+66oN9R9rNtXQdNzqW9XDzpsgI7jZUBo7/pI+K</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""#

    /// Signed with inclusive C14N as CanonicalizationMethod.
    package static let inclusiveCanonicalization = #"""
<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_example" entityID="https://idp.example.org/idp/shibboleth" validUntil="2026-06-15T00:00:00Z">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#_example">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>VxFdQZ47Sglqoncir9LnFEOLj6/Z9tt1NOHLjoQx+Qc=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>N2qQFVdCItPm5gTLCAKoL24I82tSes3uBDiA4nz32FjqTjv0BY0SQPBIGhGz7Qup
Rl/uKCHH33nzScNgD34N3oQzjRIGykDPoo1yKzUwWgO7IVeuOJDKi819YTM9KWfi
cOrsm0iAd49PkjPDTD+/wLlP94fXL4TEjD7P77ki581ofnJuUl2qMigPejXicKNB
z90MxzFE92cO5TVwj23CXwAHFA/6bNV10+6rZqTdA22VGmB7qe4a90LgamhLDMs5
PxpHvVJZJyY8T/iPBmYpD3GY3xyn5wOn2uul0TQonI2ni2KEpHBsY163dP9EQRPL
slqliJjY7YKoKpPPFCK+Bg==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data>
<ds:X509Certificate>MIIC2DCCAcCgAwIBAgIUE+WSBhEfu+Ts/BRFHhtNSoQqxK8wDQYJKoZIhvcNAQEL
BQAwJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMB4XDTI2
MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowJjEkMCIGA1UEAwwbbWV0YWRhdGEt
c2lnbmVyLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
AQEAvmsT+HEIaP9uKxnj7arpXrK9+ETbU5O/qWiZPEbm0tw/WKvW1D1VT96eHgIZ
Zn5+JFlI/OBYteEcfVyacQpp9ESz0XDp5gcDnw2riZ8WYscxaJIuom63MACaLTnf
1NcSoYgc5tHy4PTfyDwLrID0nbZvtKZpy+mGUzgCYVLujkRpiO4XVTF9kKOMQPe5
b9WA6L7YzxVnTp+B5ifdvm93qC6SFO2IEa51wgFRAfMR8ukJ06uKkFI9zjfwEXEm
OLoaE5T3gXsdL3Ydblsmq9cHKEaN/jJWPSjt5tjkO5izQxWsdZNjY08FN8rWpBLl
EkficQACGbYMJdNbVPt2703DQQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBuLJzv
25T77B3pf5vWxbl3kWmM1xoBTHDaGD28B1sDhZuPSWhFTfKOdTlnmb+Wv/cfpJOl
xbV7mSLIRPAEilkf4RR653TZ5j3SxNRLk2x4N6t8YO8yb4LtDyxU5FO492nwyzfF
vjyCfUxJya3ZiEWvYXV3nyWGhRKC9PTmzSsxj28y1TjAqIQzgvvt9hbwLWW/hSgq
lzFs6Uq7hQSKd+kqxOeUaNivFII22maO4W2zi4v/33rCZXq1VPsgxZKMTmKr7DaU
MdkCkkpxpr2uAF/Z/azgPdhU088BSB8V5zw37ywDReU1nn794ROXOjY2/gEDGMAt
vPhXvSL69c6wKkw5
</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIICwDCCAaigAwIBAgIUXFCUpnIEzA5zPN08vuNzN1U12UIwDQYJKoZIhvcNAQELBQAwGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlCWNcyx0JvDWdZxrNitx7NbU2s8wmSQ8bKBQy2gsQVszy39uUIQ8QE+tEY5tE6aSdq5XQy5kZr/dRqhDyIpqpBHDWmjMyqNxQsAxTAvY+FlcYQ0osg5rkqI6NR1ZJNb5JApLJvK06RN9gB0L25NuFTooDgPL0y8vkTQm250PQEifpXz49twv2WW5C1sc1FDsif3i3fFmAJARjRwHo0XTBslds0m+tGtLEFcqq9wZM8mfsnZ0YBbHscUFWrMyhL44Fu2hfl8dubhD4JU5Xf5GEwEeC1WeTNKwPergudN6NVhqIV+Jta+vTdgeT0/gKvwQS5w+9vJL9Z8eIvLSaNf6cwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBoFgFtDiq8hOqecgnzqpeT52ta/1EO9UCnDVwuBAe8NVvQ9w/RH1/8Wdm2yoIlcxSP7gX9wiIBdSMcSUnTOj61biIvAIuAmiLKVvDP7hY8r7Y08w7jHjeS/iI4J4nUT1tVB+k/eoxF8cTEhySQJBaPnYD2+UkHwp7E9r2wZEQZfKUxHTcdzLovi8wZ6C4a512UXuuYqW+Uv2txEVciDXWQDji7TQoRVZElJOfuljcBg+hRMmhHnXTJfR3zWMhVugjHDF+TAfE55+IJemmKomoK1lsBOsCtIRzs57HY3gnmpz2CfV+66oN9R9rNtXQdNzqW9XDzpsgI7jZUBo7/pI+K</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""#

    /// Signed with rsa-sha1 (digest sha256).
    package static let rsaSHA1 = #"""
<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_example" entityID="https://idp.example.org/idp/shibboleth" validUntil="2026-06-15T00:00:00Z">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
      <ds:Reference URI="#_example">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>VxFdQZ47Sglqoncir9LnFEOLj6/Z9tt1NOHLjoQx+Qc=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>faUhaTMNjxxgNT3c8ydAGtOLBwXqrDIk3OHfMMmHpPPWLfI5hFz2fAwxgiQp1wwK
68+nb2e3D8rQOkRyn5q480mKYyu3j5eRkVDYeRHHEPb1bhj0b+15APNVtylNGRP5
FQfZHORQ/Jq/EwHDZ/b6j2JfV823rud78W4jgTlH5X55ZgAGcQLHb82nIRd7KRTt
xah1EBPBC+AghI1QvD4LoKgVFR3EH/ARVw4o87QB6WxJ46hjiUehFPzJ0tmllT93
pk59sG4nxJ7Pm92IhK/IrxgDBEmOf+N6lIjSEAIL9WATo9HPppV36pI30l+HxGnZ
CTva+31Tpr8e/02NMpnrJw==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data>
<ds:X509Certificate>MIIC2DCCAcCgAwIBAgIUE+WSBhEfu+Ts/BRFHhtNSoQqxK8wDQYJKoZIhvcNAQEL
BQAwJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMB4XDTI2
MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowJjEkMCIGA1UEAwwbbWV0YWRhdGEt
c2lnbmVyLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
AQEAvmsT+HEIaP9uKxnj7arpXrK9+ETbU5O/qWiZPEbm0tw/WKvW1D1VT96eHgIZ
Zn5+JFlI/OBYteEcfVyacQpp9ESz0XDp5gcDnw2riZ8WYscxaJIuom63MACaLTnf
1NcSoYgc5tHy4PTfyDwLrID0nbZvtKZpy+mGUzgCYVLujkRpiO4XVTF9kKOMQPe5
b9WA6L7YzxVnTp+B5ifdvm93qC6SFO2IEa51wgFRAfMR8ukJ06uKkFI9zjfwEXEm
OLoaE5T3gXsdL3Ydblsmq9cHKEaN/jJWPSjt5tjkO5izQxWsdZNjY08FN8rWpBLl
EkficQACGbYMJdNbVPt2703DQQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBuLJzv
25T77B3pf5vWxbl3kWmM1xoBTHDaGD28B1sDhZuPSWhFTfKOdTlnmb+Wv/cfpJOl
xbV7mSLIRPAEilkf4RR653TZ5j3SxNRLk2x4N6t8YO8yb4LtDyxU5FO492nwyzfF
vjyCfUxJya3ZiEWvYXV3nyWGhRKC9PTmzSsxj28y1TjAqIQzgvvt9hbwLWW/hSgq
lzFs6Uq7hQSKd+kqxOeUaNivFII22maO4W2zi4v/33rCZXq1VPsgxZKMTmKr7DaU
MdkCkkpxpr2uAF/Z/azgPdhU088BSB8V5zw37ywDReU1nn794ROXOjY2/gEDGMAt
vPhXvSL69c6wKkw5
</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIICwDCCAaigAwIBAgIUXFCUpnIEzA5zPN08vuNzN1U12UIwDQYJKoZIhvcNAQELBQAwGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlCWNcyx0JvDWdZxrNitx7NbU2s8wmSQ8bKBQy2gsQVszy39uUIQ8QE+tEY5tE6aSdq5XQy5kZr/dRqhDyIpqpBHDWmjMyqNxQsAxTAvY+FlcYQ0osg5rkqI6NR1ZJNb5JApLJvK06RN9gB0L25NuFTooDgPL0y8vkTQm250PQEifpXz49twv2WW5C1sc1FDsif3i3fFmAJARjRwHo0XTBslds0m+tGtLEFcqq9wZM8mfsnZ0YBbHscUFWrMyhL44Fu2hfl8dubhD4JU5Xf5GEwEeC1WeTNKwPergudN6NVhqIV+Jta+vTdgeT0/gKvwQS5w+9vJL9Z8eIvLSaNf6cwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBoFgFtDiq8hOqecgnzqpeT52ta/1EO9UCnDVwuBAe8NVvQ9w/RH1/8Wdm2yoIlcxSP7gX9wiIBdSMcSUnTOj61biIvAIuAmiLKVvDP7hY8r7Y08w7jHjeS/iI4J4nUT1tVB+k/eoxF8cTEhySQJBaPnYD2+UkHwp7E9r2wZEQZfKUxHTcdzLovi8wZ6C4a512UXuuYqW+Uv2txEVciDXWQDji7TQoRVZElJOfuljcBg+hRMmhHnXTJfR3zWMhVugjHDF+TAfE55+IJemmKomoK1lsBOsCtIRzs57HY3gnmpz2CfV+66oN9R9rNtXQdNzqW9XDzpsgI7jZUBo7/pI+K</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""#

    /// Signed with rsa-sha256 over a sha1 digest.
    package static let sha1Digest = #"""
<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ID="_example" entityID="https://idp.example.org/idp/shibboleth" validUntil="2026-06-15T00:00:00Z">
  <ds:Signature>
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#_example">
        <ds:Transforms>
          <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
          <ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
        </ds:Transforms>
        <ds:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>
        <ds:DigestValue>nUN4Rs0t3Gck8qKR6IqWP062kLM=</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>ErWGUleUGAflSiWJt9vdHKOhJk3U429q51A5zzBp0YzsGIncS8kLXCtgp4/k4817
VXulSXx0gPL5HJwtB6/VoVrYwjQz/ZqqokPbUUFZw+8dEdNh+sDJNweV5XpJ1CDK
DolWCKR6VBiQ2RH0DrunP6e7VWefK/vxlSm7pJ919A1RI1Db5mZiG/9hDPWFt4Aw
WvxJg2ApHhIH8vP+TMLNA1hWVqd2v0aapKL5Lx9wVplVSlDArrg+UvP0VSJmApK6
NMP2N6+xIVbqumIUiDKSN0WggnXk7CvBBCG9MxuJpdh/uHIieIl9hkqGFc89oTuA
DIKWdM/SMiuQUpoJCQj9Ew==</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data>
<ds:X509Certificate>MIIC2DCCAcCgAwIBAgIUE+WSBhEfu+Ts/BRFHhtNSoQqxK8wDQYJKoZIhvcNAQEL
BQAwJjEkMCIGA1UEAwwbbWV0YWRhdGEtc2lnbmVyLmV4YW1wbGUub3JnMB4XDTI2
MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowJjEkMCIGA1UEAwwbbWV0YWRhdGEt
c2lnbmVyLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
AQEAvmsT+HEIaP9uKxnj7arpXrK9+ETbU5O/qWiZPEbm0tw/WKvW1D1VT96eHgIZ
Zn5+JFlI/OBYteEcfVyacQpp9ESz0XDp5gcDnw2riZ8WYscxaJIuom63MACaLTnf
1NcSoYgc5tHy4PTfyDwLrID0nbZvtKZpy+mGUzgCYVLujkRpiO4XVTF9kKOMQPe5
b9WA6L7YzxVnTp+B5ifdvm93qC6SFO2IEa51wgFRAfMR8ukJ06uKkFI9zjfwEXEm
OLoaE5T3gXsdL3Ydblsmq9cHKEaN/jJWPSjt5tjkO5izQxWsdZNjY08FN8rWpBLl
EkficQACGbYMJdNbVPt2703DQQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBuLJzv
25T77B3pf5vWxbl3kWmM1xoBTHDaGD28B1sDhZuPSWhFTfKOdTlnmb+Wv/cfpJOl
xbV7mSLIRPAEilkf4RR653TZ5j3SxNRLk2x4N6t8YO8yb4LtDyxU5FO492nwyzfF
vjyCfUxJya3ZiEWvYXV3nyWGhRKC9PTmzSsxj28y1TjAqIQzgvvt9hbwLWW/hSgq
lzFs6Uq7hQSKd+kqxOeUaNivFII22maO4W2zi4v/33rCZXq1VPsgxZKMTmKr7DaU
MdkCkkpxpr2uAF/Z/azgPdhU088BSB8V5zw37ywDReU1nn794ROXOjY2/gEDGMAt
vPhXvSL69c6wKkw5
</ds:X509Certificate>
</ds:X509Data></ds:KeyInfo>
  </ds:Signature>
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIICwDCCAaigAwIBAgIUXFCUpnIEzA5zPN08vuNzN1U12UIwDQYJKoZIhvcNAQELBQAwGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUub3JnMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlCWNcyx0JvDWdZxrNitx7NbU2s8wmSQ8bKBQy2gsQVszy39uUIQ8QE+tEY5tE6aSdq5XQy5kZr/dRqhDyIpqpBHDWmjMyqNxQsAxTAvY+FlcYQ0osg5rkqI6NR1ZJNb5JApLJvK06RN9gB0L25NuFTooDgPL0y8vkTQm250PQEifpXz49twv2WW5C1sc1FDsif3i3fFmAJARjRwHo0XTBslds0m+tGtLEFcqq9wZM8mfsnZ0YBbHscUFWrMyhL44Fu2hfl8dubhD4JU5Xf5GEwEeC1WeTNKwPergudN6NVhqIV+Jta+vTdgeT0/gKvwQS5w+9vJL9Z8eIvLSaNf6cwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBoFgFtDiq8hOqecgnzqpeT52ta/1EO9UCnDVwuBAe8NVvQ9w/RH1/8Wdm2yoIlcxSP7gX9wiIBdSMcSUnTOj61biIvAIuAmiLKVvDP7hY8r7Y08w7jHjeS/iI4J4nUT1tVB+k/eoxF8cTEhySQJBaPnYD2+UkHwp7E9r2wZEQZfKUxHTcdzLovi8wZ6C4a512UXuuYqW+Uv2txEVciDXWQDji7TQoRVZElJOfuljcBg+hRMmhHnXTJfR3zWMhVugjHDF+TAfE55+IJemmKomoK1lsBOsCtIRzs57HY3gnmpz2CfV+66oN9R9rNtXQdNzqW9XDzpsgI7jZUBo7/pI+K</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SSO"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""#

    /// signedIdP with its signature's KeyInfo reduced to a KeyName (KeyInfo is not signed): it
    /// names a key but carries none, so only a trusted key can check it.
    package static var keyNameOnly: String {
        guard let start = signedIdP.firstRange(of: "<ds:KeyInfo><ds:X509Data>\n"),
              let end = signedIdP.firstRange(of: "</ds:X509Data></ds:KeyInfo>") else { return signedIdP }
        var text = signedIdP
        text.replaceSubrange(start.lowerBound..<end.upperBound, with: "<ds:KeyInfo><ds:KeyName>metadata-signer</ds:KeyName></ds:KeyInfo>")
        return text
    }

    /// `text` with a marker inserted before the first occurrence of `needle`.
    package static func marking(_ needle: String, in text: String) -> String {
        guard let range = text.firstRange(of: needle) else { return text }
        var marked = text
        marked.replaceSubrange(range, with: "\u{2193}" + needle)
        return marked
    }

    /// `text` with its first `old` replaced by `new`.
    package static func replacing(_ old: String, with new: String, in text: String) -> String {
        guard let range = text.firstRange(of: old) else { return text }
        var replaced = text
        replaced.replaceSubrange(range, with: new)
        return replaced
    }
}
