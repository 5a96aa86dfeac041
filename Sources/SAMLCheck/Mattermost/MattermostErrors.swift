/// The Mattermost error ids and messages a diagnosis predicts (server/i18n/en.json, gosaml2),
/// so each finding names what the administrator will actually see.
public struct MattermostError: Sendable, Hashable {
    /// The i18n id Mattermost logs and shows.
    public let id: String
    /// Its English message.
    public let message: String

    /// "Mattermost: ent.saml.do_login.invalid_signature.app_error (\"We received…\")" for messages.
    public var predicted: String { "Mattermost reports \(id) (\"\(message)\")" }

    /// SAML is not configured or not licensed.
    public static let notAvailable = MattermostError(id: "api.admin.saml.not_available.app_error",
                                                     message: "SAML 2.0 is not configured or supported on this server.")
    /// Mattermost could not build its SP metadata.
    public static let metadataFailed = MattermostError(id: "api.admin.saml.metadata.app_error",
                                                       message: "An error occurred while building Service Provider Metadata.")
    /// The license does not include SAML.
    public static let licenseDisabled = MattermostError(id: "ent.saml.license_disable.app_error",
                                                        message: "Your license does not support SAML authentication.")
    /// SAML is turned off.
    public static let serviceDisabled = MattermostError(id: "ent.saml.service_disable.app_error",
                                                        message: "SAML 2.0 is not configured or supported on this server.")
    /// Mattermost could not build the AuthnRequest.
    public static let buildRequest = MattermostError(id: "ent.saml.build_request.app_error",
                                                     message: "An error occurred while initiating the request to the Identity Provider.")
    /// The IdP's response could not be parsed.
    public static let parse = MattermostError(id: "ent.saml.do_login.parse.app_error",
                                              message: "An error occurred while parsing the response from the Identity Provider.")
    /// The IdP's response signature did not verify.
    public static let invalidSignature = MattermostError(id: "ent.saml.do_login.invalid_signature.app_error",
                                                         message: "We received an invalid signature in the response from the Identity Provider.")
    /// Encryption is on but the response was not encrypted.
    public static let notEncrypted = MattermostError(id: "ent.saml.configure.not_encrypted_response.app_error",
                                                     message: "SAML login was unsuccessful as the Identity Provider response is not encrypted.")
    /// The response's times are outside its validity window (gosaml2 allows no clock skew).
    public static let invalidTime = MattermostError(id: "ent.saml.do_login.invalid_time.app_error",
                                                    message: "We received an invalid time in the response from the Identity Provider.")
    /// The response carries an encrypted assertion but Mattermost's Encrypt is off.
    public static let encryptionNotEnabled = MattermostError(id: "ent.saml.configure.encryption_not_enabled.app_error",
                                                             message: "SAML login was unsuccessful because encryption is not enabled.")
    /// A configured attribute is missing from the assertion.
    public static let attribute = MattermostError(id: "ent.saml.attribute.app_error",
                                                  message: "SAML login was unsuccessful because one of the attributes is incorrect.")
    /// The POSTed SAMLResponse was empty.
    public static let emptyResponse = MattermostError(id: "ent.saml.do_login.empty_response.app_error",
                                                      message: "We received an empty response from the Identity Provider.")
    /// The IdP metadata could not be decoded.
    public static let decodeMetadata = MattermostError(id: "app.admin.saml.failure_decode_metadata_xml_from_idp.app_error",
                                                       message: "Failed to decode the metadata XML from the Identity Provider.")
    /// The IdP metadata URL answered with something that is not metadata.
    public static let invalidResponseFromIdP = MattermostError(id: "app.admin.saml.invalid_response_from_idp.app_error",
                                                               message: "Could not read the response received from the Identity Provider.")
    /// The IdP metadata URL could not be fetched.
    public static let getMetadataFailed = MattermostError(id: "api.admin.saml.failure_get_metadata_from_idp.app_error",
                                                          message: "Failed to obtain metadata from Identity Provider URL.")
    /// The IdP metadata has no IDPSSODescriptor.
    public static let missingIDPSSODescriptors = MattermostError(id: "api.admin.saml.invalid_xml_missing_idpssodescriptors.app_error",
                                                                 message: "Missing Identity Provider SSO Descriptors node in the XML.")
    /// The IdP metadata has no SingleSignOnService.
    public static let missingSSOServices = MattermostError(id: "api.admin.saml.invalid_xml_missing_ssoservices.app_error",
                                                           message: "Missing Identity Provider SSO Services node in the XML.")
    /// The IdP metadata has no signing KeyDescriptor.
    public static let missingKeyDescriptor = MattermostError(id: "api.admin.saml.invalid_xml_missing_keydescriptor.app_error",
                                                             message: "Missing Identity Provider Key Descriptors node in the XML.")
    /// SAML login with LDAP sync found no LDAP user.
    public static let ldapUserMissing = MattermostError(id: "ent.saml.login.ldap_user_missing",
                                                        message: "No user registered on AD/LDAP server that matches the SAML user.")
    /// The SP private key could not be loaded.
    public static let loadPrivateKey = MattermostError(id: "ent.saml.configure.load_private_key.app_error",
                                                       message: "SAML login was unsuccessful because the Service Provider Private Key was not found.")
    /// No IdP certificate is configured.
    public static let idpCertificateMissing = MattermostError(id: "model.config.is_valid.saml_idp_cert.app_error",
                                                              message: "Identity Provider Public Certificate missing. Did you forget to upload it?")
}
