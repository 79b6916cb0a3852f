$version: "2.0"

// The aws.auth trait the Connect model uses (see aws-traits.smithy).

namespace aws.auth

/// Requests to the service are signed with AWS Signature Version 4.
@trait(selector: "service")
@authDefinition(traits: [unsignedPayload])
structure sigv4 {
    /// The service name that goes into the credential scope of the signature.
    @required
    @length(min: 1)
    name: String
}

/// The payload of an operation is sent unsigned.
@trait(selector: "operation")
structure unsignedPayload {}
