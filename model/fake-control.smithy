$version: "2.0"

// Enum members of the fake's control plane are named after the API's own errors and segment kinds.
metadata suppressions = [
    { id: "EnumShape", namespace: "rtca.fake", reason: "member names follow the Connect API's names" }
]

namespace rtca.fake

use aws.protocols#restJson1
use com.amazonaws.connect#ContactId
use com.amazonaws.connect#InstanceId
use com.amazonaws.connect#RealTimeContactAnalysisStatus
use com.amazonaws.connect#RealTimeContactAnalysisSupportedChannel

/// The control plane of the fake Amazon Connect: set up instances and contacts, feed a conversation segment by
/// segment or from a scenario, step a virtual clock, inject faults and read back the requests the fake received.
/// Everything lives under /_fake/ so that it never collides with the real API's routes.
/// When the fake is started with a control token, every request needs Authorization: Bearer <token>.
@restJson1
@httpBearerAuth
@title("rtca fake Amazon Connect control plane")
service FakeControl {
    version: "2026-11-29"
    operations: [
        CreateInstance
        DeleteInstance
        CreateContact
        DescribeContact
        DeleteContact
        AppendSegments
        SetContactStatus
        LoadScenario
        GetClock
        AdvanceClock
        InjectFault
        ListReceivedRequests
        Reset
    ]
    errors: [
        ControlUnauthorizedException
        ControlValidationException
        ControlNotFoundException
        ControlConflictException
    ]
}

// ---------------------------------------------------------------------------------------------------------------
// Instances and contacts
// ---------------------------------------------------------------------------------------------------------------

/// Creates an instance. Without an id, the fake makes one up.
@http(method: "POST", uri: "/_fake/instances", code: 201)
operation CreateInstance {
    input := {
        InstanceId: InstanceId
    }
    output := {
        @required
        InstanceId: InstanceId
    }
}

/// Deletes an instance and its contacts.
@idempotent
@http(method: "DELETE", uri: "/_fake/instances/{InstanceId}", code: 204)
operation DeleteInstance {
    input := {
        @required
        @httpLabel
        InstanceId: InstanceId
    }
    output := {}
}

/// Creates a contact in an instance, with no segments yet.
@http(method: "POST", uri: "/_fake/instances/{InstanceId}/contacts", code: 201)
operation CreateContact {
    input := {
        @required
        @httpLabel
        InstanceId: InstanceId

        /// Without an id, the fake makes one up.
        ContactId: ContactId

        @required
        Channel: RealTimeContactAnalysisSupportedChannel

        Status: RealTimeContactAnalysisStatus = "IN_PROGRESS"

        RedactionPolicy: RedactionPolicy = "RAW_AND_REDACTED"

        /// Segment kinds this model does not know (such as PostContactSummary) that the contact may hold and that
        /// requests may then ask for in SegmentTypes.
        ExtraSegmentTypes: SegmentTypeNames
    }
    output := {
        @required
        ContactId: ContactId
    }
}

/// Tells what the fake holds for a contact.
@readonly
@http(method: "GET", uri: "/_fake/instances/{InstanceId}/contacts/{ContactId}", code: 200)
operation DescribeContact {
    input := {
        @required
        @httpLabel
        InstanceId: InstanceId

        @required
        @httpLabel
        ContactId: ContactId
    }
    output := {
        @required
        Channel: RealTimeContactAnalysisSupportedChannel

        @required
        Status: RealTimeContactAnalysisStatus

        @required
        RedactionPolicy: RedactionPolicy

        /// Segments that have arrived by the fake's clock.
        @required
        ArrivedSegments: Integer

        /// Segments scheduled to arrive later.
        @required
        PendingSegments: Integer
    }
}

/// Deletes a contact.
@idempotent
@http(method: "DELETE", uri: "/_fake/instances/{InstanceId}/contacts/{ContactId}", code: 204)
operation DeleteContact {
    input := {
        @required
        @httpLabel
        InstanceId: InstanceId

        @required
        @httpLabel
        ContactId: ContactId
    }
    output := {}
}

/// Appends segments to a contact, each arriving at once or after a delay on the fake's clock.
@http(method: "POST", uri: "/_fake/instances/{InstanceId}/contacts/{ContactId}/segments", code: 200)
operation AppendSegments {
    input := {
        @required
        @httpLabel
        InstanceId: InstanceId

        @required
        @httpLabel
        ContactId: ContactId

        @required
        Segments: SeededSegments
    }
    output := {
        /// How many segments the contact holds now, arrived or not.
        @required
        SegmentCount: Integer
    }
}

/// Sets the status of a contact, such as COMPLETED when a conversation ends.
@idempotent
@http(method: "PUT", uri: "/_fake/instances/{InstanceId}/contacts/{ContactId}/status", code: 200)
operation SetContactStatus {
    input := {
        @required
        @httpLabel
        InstanceId: InstanceId

        @required
        @httpLabel
        ContactId: ContactId

        @required
        Status: RealTimeContactAnalysisStatus
    }
    output := {}
}

/// How a contact's analysis treats personal data: which output types it produces.
enum RedactionPolicy {
    /// Both the original text and the redacted text.
    RAW_AND_REDACTED
    /// Only the redacted text: asking for Raw answers OutputTypeNotFoundException.
    REDACTED_ONLY
    /// Only the original text: asking for Redacted answers OutputTypeNotFoundException.
    NONE
}

list SeededSegments {
    member: SeededSegment
}

/// A segment to store. The segment is wire JSON of one member of RealtimeContactAnalysisSegment as the Raw output
/// shows it (personal data marked by Transcript.Redaction.CharacterOffsets), or of a kind this model does not know.
structure SeededSegment {
    @required
    Segment: Document

    /// When the segment arrives, in milliseconds on the fake's clock after it is appended.
    @range(min: 0)
    DelayMs: Long = 0
}

list SegmentTypeNames {
    member: SegmentTypeName
}

@length(min: 1, max: 128)
@pattern("^[A-Za-z][A-Za-z0-9]*$")
string SegmentTypeName

// ---------------------------------------------------------------------------------------------------------------
// Scenarios and the clock
// ---------------------------------------------------------------------------------------------------------------

/// Loads a scenario: instances, contacts and a timeline of segments, played from now on the fake's clock.
@http(method: "POST", uri: "/_fake/scenarios", code: 200)
operation LoadScenario {
    input := {
        /// The scenario document (see the fake server's README for its format).
        Scenario: Document

        /// The name of a built-in scenario, such as demo, instead of a document.
        @length(min: 1, max: 64)
        BuiltIn: String

        /// A contact centre made up from these options, instead of a document: chats that start and end over the
        /// duration, each with Poisson-timed messages, an issue, a category, some attachments, a realistic mix of
        /// busy and quiet. The same options give the same centre.
        Generate: GeneratedCentre
    }
    output := {
        @required
        Contacts: LoadedContacts
    }
}

list LoadedContacts {
    member: LoadedContact
}

structure LoadedContact {
    @required
    InstanceId: InstanceId

    @required
    ContactId: ContactId

    /// How long the contact's timeline lasts on the fake's clock, in milliseconds.
    @required
    DurationMs: Long

    /// When the contact's first segment arrives on the fake's clock, in milliseconds after the scenario was loaded.
    StartMs: Long
}

/// What shapes a generated contact centre; a member left out takes its default. The fake checks each value and
/// names the one that is out of bounds.
structure GeneratedCentre {
    /// How many chats start over the duration, 1 to 1000 (default 50).
    Contacts: Integer

    /// How long the centre runs on the fake's clock, in seconds, 10 to 86400 (default 600): every chat starts and
    /// ends, its summary included, within it.
    DurationSeconds: Integer

    /// The seed of the centre's pseudo-random choices, 0 to 4294967295 (default 1).
    Seed: Long
}

/// Reads the fake's clock.
@readonly
@http(method: "GET", uri: "/_fake/clock", code: 200)
operation GetClock {
    output := {
        @required
        Mode: ClockMode

        @required
        @timestampFormat("date-time")
        Now: Timestamp

        @required
        Speed: Double
    }
}

/// Moves a virtual clock forward. Answers ControlConflictException when the clock is real.
@http(method: "POST", uri: "/_fake/clock/advance", code: 200)
operation AdvanceClock {
    input := {
        @required
        @httpQuery("ms")
        @range(min: 0)
        Milliseconds: Long
    }
    output := {
        /// The clock after the move.
        @required
        @httpHeader("X-Rtca-Clock")
        @timestampFormat("date-time")
        Now: Timestamp
    }
}

enum ClockMode {
    REAL = "real"
    VIRTUAL = "virtual"
}

// ---------------------------------------------------------------------------------------------------------------
// Faults, the request log and reset
// ---------------------------------------------------------------------------------------------------------------

/// Makes the next requests to the Connect API fail, for testing retries and error handling.
@http(method: "POST", uri: "/_fake/faults", code: 200)
operation InjectFault {
    input := {
        /// The error to answer with: a modelled one such as ThrottlingException, or a transport-level status.
        @required
        ErrorType: FaultErrorType

        /// How many requests fail before the fake answers normally again.
        @range(min: 1, max: 1000)
        Count: Integer = 1

        /// Sent as Retry-After with the error.
        @range(min: 0, max: 3600)
        RetryAfterSeconds: Integer

        /// Only requests for this contact fail.
        ContactId: ContactId
    }
    output := {}
}

enum FaultErrorType {
    ThrottlingException
    InternalServiceException
    AccessDeniedException
    BAD_GATEWAY = "502"
    SERVICE_UNAVAILABLE = "503"
    GATEWAY_TIMEOUT = "504"
}

/// Lists the requests the fake received on the Connect API, oldest first, a page at a time. Secrets are redacted;
/// large bodies are kept as their size and SHA-256.
@readonly
@paginated(inputToken: "NextToken", outputToken: "NextToken", items: "Requests", pageSize: "MaxResults")
@http(method: "GET", uri: "/_fake/requests", code: 200)
operation ListReceivedRequests {
    input := {
        /// Only requests for this contact.
        @httpQuery("contactId")
        ContactId: ContactId

        /// Only the newest this many, as they are when the first page is asked for.
        @httpQuery("limit")
        @range(min: 1, max: 100000)
        Limit: Integer

        /// The most requests on a page (100 by default). A page is also cut once it holds about 512 KiB.
        @httpQuery("maxResults")
        @range(min: 1, max: 1000)
        MaxResults: Integer

        /// Where the previous page ended. It is bound to ContactId.
        @httpQuery("nextToken")
        @length(min: 1, max: 256)
        NextToken: String
    }
    output := {
        @required
        Requests: ReceivedRequests

        /// Present when there is more to read.
        NextToken: String
    }
}

list ReceivedRequests {
    member: ReceivedRequest
}

/// A request as the fake's log keeps it: bounded in size, without secrets (a signature, a session token or a bearer
/// token reads [REDACTED]; the access key id and the signed headers stay).
structure ReceivedRequest {
    @required
    Method: String

    /// With the query string; cut past 4096 characters.
    @required
    Path: String

    /// The headers as received, in order, until they take about 8 KiB.
    @required
    Headers: HeaderMap

    /// Headers left out to keep the entry small.
    DroppedHeaders: Integer

    /// The body, when it was no larger than the log's body limit.
    Body: String

    /// The size of the body in bytes (UTF-8), when there was one.
    BodySize: Long

    /// The SHA-256 of the body (hex), when the body was too large to keep.
    BodySha256: String

    @required
    StatusCode: Integer

    /// The error type, when the answer was an error.
    ErrorType: String

    /// The account (12 digits) whose quota the request counted against: the account of its access key, once the
    /// request authenticated.
    Account: String

    @required
    @timestampFormat("date-time")
    ReceivedAt: Timestamp
}

map HeaderMap {
    key: String
    value: String
}

/// Forgets every instance, contact, fault and logged request, and puts the clock back to its start.
@idempotent
@http(method: "POST", uri: "/_fake/reset", code: 200)
operation Reset {
    input := {}
    output := {}
}

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

/// The fake was started with a control token and the request did not carry it as Authorization: Bearer <token>.
@error("client")
@httpError(401)
structure ControlUnauthorizedException {
    @required
    Message: String
}

/// The request to the control plane is not valid.
@error("client")
@httpError(400)
structure ControlValidationException {
    @required
    Message: String
}

/// The instance or contact does not exist.
@error("client")
@httpError(404)
structure ControlNotFoundException {
    @required
    Message: String
}

/// The request conflicts with the fake's state, such as an id that exists already.
@error("client")
@httpError(409)
structure ControlConflictException {
    @required
    Message: String
}
