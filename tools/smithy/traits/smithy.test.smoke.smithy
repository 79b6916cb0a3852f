$version: "2.0"

// Definition of the `smithy.test#smokeTests` trait (Smithy shape ids, selector and shapes), bundled with
// @rtca/smithy and available to every model it loads.

namespace smithy.test

/// Calls to make against a live service to check that an operation works end to end.
@trait(selector: "operation")
@length(min: 1)
list smokeTests {
    member: SmokeTestCase
}

@private
structure SmokeTestCase {
    /// Unique among the smoke tests of the service.
    @required
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    id: String

    /// The operation's input, as a node value.
    params: Document

    /// Settings of the calling client (region, endpoint, ...), read with `vendorParamsShape`.
    vendorParams: Document

    /// The shape `vendorParams` is read as.
    @idRef(selector: "structure")
    vendorParamsShape: String

    /// Whether the call must succeed or fail.
    @required
    expect: Expectation

    /// Labels to select tests by (same rules as the protocol tests' tags).
    tags: NonEmptyStringList
}

@private
union Expectation {
    /// The call succeeds.
    success: Unit

    /// The call fails, with this error when one is named.
    failure: FailureExpectation
}

@private
structure FailureExpectation {
    @idRef(selector: "structure[trait|error]")
    errorId: String
}
