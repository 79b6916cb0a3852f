$version: "2.0"

// Definitions of the `aws.protocols` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace aws.protocols

@private
enum ChecksumAlgorithm {
    CRC32

    CRC32C

    CRC64NVME

    MD5

    SHA1

    SHA256

    SHA512

    XXHASH64

    XXHASH3

    XXHASH128
}

@length(min: 1)
@private
@uniqueItems
list ChecksumAlgorithmSet {
    member: ChecksumAlgorithm
}

@mixin(
    localTraits: ["smithy.api#private"]
)
@private
structure HttpConfiguration {
    http: StringList

    eventStreamHttp: StringList
}

@private
list StringList {
    member: String
}

/// The AWS JSON 1.0 protocol: every operation a POST of a JSON document.
@protocolDefinition(
    traits: ["smithy.api#timestampFormat", "smithy.api#cors", "smithy.api#endpoint", "smithy.api#hostLabel"]
)
@trait(selector: "service")
structure awsJson1_0 with [HttpConfiguration] {}

/// The AWS JSON 1.1 protocol: every operation a POST of a JSON document.
@protocolDefinition(
    traits: ["smithy.api#timestampFormat", "smithy.api#cors", "smithy.api#endpoint", "smithy.api#hostLabel"]
)
@trait(selector: "service")
structure awsJson1_1 with [HttpConfiguration] {}

/// The AWS query protocol: form-encoded requests, XML responses.
@deprecated
@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "aws.protocols#awsQueryError"
        "smithy.api#xmlAttribute"
        "smithy.api#xmlFlattened"
        "smithy.api#xmlName"
        "smithy.api#xmlNamespace"
    ]
)
@trait(selector: "service [trait|xmlNamespace]")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "awsQuery cannot carry document types"
    }
)
structure awsQuery {}

/// A service that moved from awsQuery keeps the error codes awsQuery clients know.
@trait(selector: "service :test([trait|aws.protocols#awsJson1_0],\n              [trait|smithy.protocols#rpcv2Cbor],\n              [trait|smithy.protocols#rpcv2Json])")
structure awsQueryCompatible {}

/// The error code and HTTP status of an error under awsQuery.
@trait(
    selector: "structure [trait|error]"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure awsQueryError {
    @required
    code: String

    @required
    httpResponseCode: Integer
}

/// The Amazon EC2 query protocol.
@deprecated
@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "aws.protocols#ec2QueryName"
        "smithy.api#xmlAttribute"
        "smithy.api#xmlFlattened"
        "smithy.api#xmlName"
        "smithy.api#xmlNamespace"
    ]
)
@trait(selector: "service [trait|xmlNamespace]")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "ec2Query cannot carry document types"
    }
)
structure ec2Query {}

/// The name of a member in an ec2Query request.
@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$")
@trait(selector: "structure > member")
string ec2QueryName

/// Checksums of an operation's request and response payloads.
@trait(
    selector: "operation"
    breakingChanges: [
        {
            change: "remove"
            severity: "DANGER"
            message: "Without the trait, new clients stop checksumming requests and responses; the service must keep accepting the checksums of older clients."
        }
        {
            change: "remove"
            path: "/requestAlgorithmMember"
            severity: "DANGER"
            message: "Without `requestAlgorithmMember`, new clients cannot choose a request checksum algorithm; the service must keep honouring it for older clients."
        }
        {
            change: "remove"
            path: "/requestValidationModeMember"
            severity: "DANGER"
            message: "Without `requestValidationModeMember`, new clients stop checking response checksums; the service must keep honouring it for older clients."
        }
        {
            change: "remove"
            path: "/responseAlgorithms/member"
            severity: "DANGER"
            message: "New clients stop checking response checksums of the algorithms taken out of `responseAlgorithms`; the service must keep supporting them for older clients."
        }
    ]
)
@unstable
structure httpChecksum {
    requestAlgorithmMember: String

    requestChecksumRequired: Boolean

    requestValidationModeMember: String

    responseAlgorithms: ChecksumAlgorithmSet
}

/// The AWS restJson1 protocol: HTTP bindings, JSON documents as payloads.
@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "smithy.api#http"
        "smithy.api#httpError"
        "smithy.api#httpHeader"
        "smithy.api#httpLabel"
        "smithy.api#httpPayload"
        "smithy.api#httpPrefixHeaders"
        "smithy.api#httpQuery"
        "smithy.api#httpQueryParams"
        "smithy.api#httpResponseCode"
        "aws.protocols#httpChecksum"
        "smithy.api#httpChecksumRequired"
        "smithy.api#jsonName"
    ]
)
@trait(selector: "service")
structure restJson1 with [HttpConfiguration] {}

/// The AWS restXml protocol: HTTP bindings, XML documents as payloads.
@deprecated
@protocolDefinition(
    traits: [
        "smithy.api#timestampFormat"
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "smithy.api#http"
        "smithy.api#httpError"
        "smithy.api#httpHeader"
        "smithy.api#httpLabel"
        "smithy.api#httpPayload"
        "smithy.api#httpPrefixHeaders"
        "smithy.api#httpQuery"
        "smithy.api#httpQueryParams"
        "smithy.api#httpResponseCode"
        "aws.protocols#httpChecksum"
        "smithy.api#httpChecksumRequired"
        "smithy.api#xmlAttribute"
        "smithy.api#xmlFlattened"
        "smithy.api#xmlName"
        "smithy.api#xmlNamespace"
    ]
)
@trait(selector: "service")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "restXml cannot carry document types"
    }
)
structure restXml with [HttpConfiguration] {
    @deprecated
    noErrorWrapping: Boolean
}
