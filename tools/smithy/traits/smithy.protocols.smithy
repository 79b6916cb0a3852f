$version: "2.0"

// Definitions of the `smithy.protocols` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace smithy.protocols

@private
list StringList {
    member: String
}

/// The RPC v2 protocol with CBOR payloads.
@protocolDefinition(
    traits: [
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "smithy.api#httpError"
        "smithy.api#requestCompression"
    ]
)
@trait(selector: "service")
@traitValidators(
    "rpcv2Cbor.NoDocuments": {
        selector: "service ~> member :test(> document)"
        message: "rpcv2Cbor cannot carry document types in most places."
        severity: "DANGER"
    }
)
structure rpcv2Cbor {
    http: StringList

    eventStreamHttp: StringList
}

/// The RPC v2 protocol with JSON payloads.
@protocolDefinition(
    traits: [
        "smithy.api#cors"
        "smithy.api#endpoint"
        "smithy.api#hostLabel"
        "smithy.api#httpError"
        "smithy.api#requestCompression"
    ]
)
@trait(selector: "service")
structure rpcv2Json {
    http: StringList

    eventStreamHttp: StringList
}
