$version: "2.0"

// The few trait shapes of AWS's own namespaces that the Connect model uses. Smithy ships them in separate
// packages (aws-traits); we define just enough of them here so that the model resolves on its own.

namespace aws.protocols

/// Marks a service as speaking the AWS restJson1 protocol: HTTP bindings with JSON documents as payloads.
@trait(selector: "service")
@protocolDefinition(traits: [
    smithy.api#cors
    smithy.api#endpoint
    smithy.api#hostLabel
    smithy.api#http
    smithy.api#httpError
    smithy.api#httpHeader
    smithy.api#httpLabel
    smithy.api#httpPayload
    smithy.api#httpPrefixHeaders
    smithy.api#httpQuery
    smithy.api#httpQueryParams
    smithy.api#httpResponseCode
    smithy.api#jsonName
    smithy.api#timestampFormat
])
structure restJson1 {
    /// HTTP versions the service accepts, most preferred first.
    http: StringList

    /// HTTP versions the service accepts for event streams.
    eventStreamHttp: StringList
}

list StringList {
    member: String
}

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

namespace aws.api

/// Facts that AWS's SDKs need to name and reach a service.
@trait(selector: "service")
structure service {
    /// The stable name SDKs derive client names from.
    @required
    sdkId: String

    /// The namespace that appears in the service's ARNs.
    arnNamespace: String

    /// The name CloudFormation uses for the service's resources.
    cloudFormationName: String

    /// The event source CloudTrail records for the service.
    cloudTrailEventSource: String

    /// The identifier of the service in AWS's documentation.
    docId: String

    /// The prefix of the service's default endpoint host name.
    endpointPrefix: String
}
