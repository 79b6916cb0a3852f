$version: "2.0"

// Definitions of the `aws.auth` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace aws.auth

@private
list StringList {
    member: String
}

/// Requests are authorized with an Amazon Cognito user pool.
@authDefinition
@internal
@tags(["internal"])
@trait(selector: "service")
structure cognitoUserPools {
    @required
    providerArns: StringList
}

/// The OAuth scopes an operation needs.
@internal
@length(min: 1)
@tags(["internal"])
@trait(selector: "service[trait|aws.auth#cognitoUserPools] ~> operation")
list cognitoUserPoolsScopes {
    member: String
}

/// Requests to the service are signed with AWS Signature Version 4.
@authDefinition(
    traits: ["aws.auth#unsignedPayload"]
)
@externalDocumentation(Reference: "https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html")
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "remove"
            message: "Existing clients authenticate with this scheme: taking it away breaks them."
        }
    ]
)
structure sigv4 {
    @externalDocumentation(Reference: "https://docs.aws.amazon.com/general/latest/gr/sigv4-create-string-to-sign.html")
    @length(min: 1)
    @required
    name: String
}

/// Requests to the service are signed with AWS Signature Version 4a, valid in several regions.
@authDefinition(
    traits: ["aws.auth#unsignedPayload"]
)
@externalDocumentation(
    Reference: "https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html"
    Examples: "https://github.com/aws-samples/sigv4a-signing-examples"
)
@trait(
    selector: "service[trait|aws.auth#sigv4]"
    breakingChanges: [
        {
            change: "remove"
            message: "Existing clients authenticate with this scheme: taking it away breaks them."
        }
    ]
)
structure sigv4a {
    @externalDocumentation(Reference: "https://docs.aws.amazon.com/general/latest/gr/sigv4-create-string-to-sign.html")
    @length(min: 1)
    @required
    name: String
}

/// The payload of an operation is left out of its signature.
@trait(selector: "operation")
structure unsignedPayload {}
