$version: "2.0"

// Definitions of the `smithy.framework` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace smithy.framework

/// The error a server framework sends when the input does not meet the model's constraints.
@error("client")
structure ValidationException {
    @required
    message: String

    fieldList: ValidationExceptionFieldList
}

/// One constraint the input did not meet.
structure ValidationExceptionField {
    @required
    path: String

    @required
    message: String
}

/// The constraints the input did not meet.
list ValidationExceptionFieldList {
    member: ValidationExceptionField
}
