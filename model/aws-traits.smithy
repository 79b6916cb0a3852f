$version: "2.0"

// The few trait shapes of AWS's own namespaces that the Connect model uses. Smithy ships them in separate
// packages (aws-traits); we define just enough of them here so that the model resolves on its own. An IDL file
// declares a single namespace, so each namespace has its own file: this one is aws.protocols, aws-auth-traits.smithy
// has aws.auth and aws-api-traits.smithy has aws.api.

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
