$version: "2.0"

// Definitions of the `smithy.waiters` traits (Smithy shape ids, selectors and shapes), bundled with @rtca/smithy and
// available to every model it loads.

namespace smithy.waiters

@private
structure Acceptor {
    @required
    state: AcceptorState

    @required
    matcher: Matcher

    message: String
}

@private
enum AcceptorState {
    SUCCESS = "success"

    FAILURE = "failure"

    RETRY = "retry"
}

@length(min: 1)
@private
list Acceptors {
    member: Acceptor
}

@private
union Matcher {
    output: PathMatcher

    inputOutput: PathMatcher

    errorType: String

    success: Boolean
}

@length(min: 1)
@private
string NonEmptyString

@private
list NonEmptyStringList {
    member: NonEmptyString
}

@private
enum PathComparator {
    STRING_EQUALS = "stringEquals"

    BOOLEAN_EQUALS = "booleanEquals"

    ALL_STRING_EQUALS = "allStringEquals"

    ANY_STRING_EQUALS = "anyStringEquals"
}

@private
structure PathMatcher {
    @required
    path: String

    @required
    expected: String

    @required
    comparator: PathComparator
}

@private
structure Waiter {
    documentation: String

    @required
    acceptors: Acceptors

    minDelay: WaiterDelay = 2

    maxDelay: WaiterDelay = 120

    deprecated: Boolean

    tags: NonEmptyStringList
}

/// A number of seconds to wait between attempts.
@range(min: 1)
integer WaiterDelay

/// The name of a waiter.
@pattern("^[A-Z]+[A-Za-z0-9]*$")
string WaiterName

/// Waiters of an operation: polls until the resource reaches a state, by name.
@length(min: 1)
@trait(selector: "operation :not(-[input, output]-> structure > member > union[trait|streaming])")
map waitable {
    key: WaiterName

    value: Waiter
}
