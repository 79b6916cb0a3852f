$version: "2.0"

// Definitions of the `smithy.test` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace smithy.test

@private
enum AppliesTo {
    CLIENT = "client"

    SERVER = "server"
}

@private
structure Event {
    @required
    type: EventType

    params: Document

    headers: EventHeaders

    forbidHeaders: StringList

    requireHeaders: StringList

    body: Blob

    bodyMediaType: String

    bytes: Blob

    vendorParams: Document = {}

    @idRef(
        selector: "structure"
        failWhenMissing: true
    )
    vendorParamsShape: String
}

@private
union EventHeaderValue {
    boolean: Boolean

    byte: Byte

    short: Short

    integer: Integer

    long: Long

    blob: Blob

    string: String

    timestamp: Timestamp
}

@private
map EventHeaders {
    key: String

    value: EventHeaderValue
}

@private
structure EventStreamTestCase {
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    @required
    id: String

    @idRef(
        selector: "[trait|protocolDefinition]"
        failWhenMissing: true
    )
    @required
    protocol: String

    initialRequestParams: Document

    initialRequest: Document

    @idRef(
        selector: "structure"
        failWhenMissing: true
    )
    initialRequestShape: String

    initialResponseParams: Document

    initialResponse: Document

    @idRef(
        selector: "structure"
        failWhenMissing: true
    )
    initialResponseShape: String

    events: Events

    expectation: TestExpectation

    vendorParams: Document

    @idRef(
        selector: "structure"
        failWhenMissing: true
    )
    vendorParamsShape: String

    documentation: String

    appliesTo: AppliesTo

    tags: NonEmptyStringList
}

@private
enum EventType {
    REQUEST = "request"

    RESPONSE = "response"
}

@private
list Events {
    member: Event
}

@private
structure HttpMalformedRequestDefinition {
    @length(min: 1)
    @required
    method: String

    @length(min: 1)
    @required
    uri: String

    host: String

    queryParams: StringList

    headers: StringMap

    body: String

    bodyMediaType: String
}

@private
structure HttpMalformedRequestTestCase {
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    @required
    id: String

    @idRef(
        selector: "[trait|protocolDefinition]"
        failWhenMissing: true
    )
    @required
    protocol: String

    @required
    request: HttpMalformedRequestDefinition

    @required
    response: HttpMalformedResponseDefinition

    documentation: String

    tags: NonEmptyStringList

    testParameters: HttpMalformedRequestTestParametersDefinition
}

@private
map HttpMalformedRequestTestParametersDefinition {
    key: String

    value: StringList
}

@private
union HttpMalformedResponseBodyAssertion {
    contents: String

    messageRegex: String
}

@private
structure HttpMalformedResponseBodyDefinition {
    @required
    assertion: HttpMalformedResponseBodyAssertion

    @required
    mediaType: String
}

@private
structure HttpMalformedResponseDefinition {
    headers: StringMap

    @range(
        min: 100
        max: 599
    )
    @required
    code: Integer

    body: HttpMalformedResponseBodyDefinition
}

@mixin
@private
structure HttpMessageMixin {
    headers: StringMap

    forbidHeaders: StringList

    requireHeaders: StringList

    body: String

    bodyMediaType: String
}

@mixin
@private
structure HttpRequestMixin with [HttpMessageMixin] {
    @length(min: 1)
    @required
    method: String

    @length(min: 1)
    @required
    uri: String

    host: String

    resolvedHost: String

    queryParams: StringList

    forbidQueryParams: StringList

    requireQueryParams: StringList
}

@private
structure HttpRequestTestCase with [HttpRequestMixin] {
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    @required
    id: String

    @idRef(
        selector: "[trait|protocolDefinition]"
        failWhenMissing: true
    )
    @required
    protocol: String

    @idRef(
        selector: "[trait|authDefinition]"
        failWhenMissing: true
    )
    authScheme: String

    params: Document

    vendorParams: Document

    @idRef(failWhenMissing: true)
    vendorParamsShape: String

    documentation: String

    tags: NonEmptyStringList

    appliesTo: AppliesTo
}

@mixin
@private
structure HttpResponseMixin with [HttpMessageMixin] {
    @range(
        min: 100
        max: 599
    )
    @required
    code: Integer
}

@private
structure HttpResponseTestCase with [HttpResponseMixin] {
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    @required
    id: String

    @idRef(
        selector: "[trait|protocolDefinition]"
        failWhenMissing: true
    )
    @required
    protocol: String

    @idRef(
        selector: "[trait|authDefinition]"
        failWhenMissing: true
    )
    authScheme: String

    params: Document

    vendorParams: Document

    @idRef(failWhenMissing: true)
    vendorParamsShape: String

    documentation: String

    tags: NonEmptyStringList

    appliesTo: AppliesTo
}

/// The HTTP request that opens an event stream.
structure InitialHttpRequest with [HttpRequestMixin] {}

/// The HTTP response that opens an event stream.
structure InitialHttpResponse with [HttpResponseMixin] {}

@length(min: 1)
@private
string NonEmptyString

@private
list NonEmptyStringList {
    member: NonEmptyString
}

@private
list StringList {
    member: String
}

@private
map StringMap {
    key: String

    value: String
}

@private
union TestExpectation {
    success: Unit

    failure: TestFailureExpectation
}

@private
structure TestFailureExpectation {
    @idRef(
        failWhenMissing: true
        selector: "[trait|error]"
    )
    errorId: String
}

/// Protocol test cases of an operation's event streams.
@length(min: 1)
@trait(selector: "operation :test(-[input, output]-> structure > member > union[trait|streaming])")
list eventStreamTests {
    member: EventStreamTestCase
}

/// Requests a server must refuse, and how.
@length(min: 1)
@trait(selector: "operation")
@unstable
list httpMalformedRequestTests {
    member: HttpMalformedRequestTestCase
}

/// Protocol test cases of the HTTP request an operation's input gives.
@length(min: 1)
@trait(selector: "operation")
list httpRequestTests {
    member: HttpRequestTestCase
}

/// Protocol test cases of the HTTP response an output or error gives.
@length(min: 1)
@trait(selector: ":test(operation, structure[trait|error])")
list httpResponseTests {
    member: HttpResponseTestCase
}
