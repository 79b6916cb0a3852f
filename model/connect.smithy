$version: "2.0"

// Enum member names here are AWS's own (`Raw`, `Transcript`), not Smithy's recommended UPPER_CASE form.
metadata suppressions = [
    { id: "EnumShape", namespace: "com.amazonaws.connect", reason: "member names as AWS's model spells them" }
]

namespace com.amazonaws.connect

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// Amazon Connect, reduced to the operation that reads real-time contact analysis as a conversation happens.
@restJson1
@sigv4(name: "connect")
@service(sdkId: "Connect", arnNamespace: "connect", endpointPrefix: "connect", cloudFormationName: "Connect", cloudTrailEventSource: "connect.amazonaws.com")
@title("Amazon Connect Service")
service AmazonConnectService {
    version: "2017-08-08"
    operations: [
        ListRealtimeContactAnalysisSegmentsV2
    ]
}

/// Reads the analysis segments of a chat contact: its transcript with sentiment, the categories it matched, the
/// issues detected in it, its events and its attachments. Works while the contact is still in progress, so that a
/// caller can poll it and watch the conversation grow.
@http(method: "POST", uri: "/contact/list-real-time-analysis-segments-v2/{InstanceId}/{ContactId}", code: 200)
@paginated(inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults")
operation ListRealtimeContactAnalysisSegmentsV2 {
    input: ListRealtimeContactAnalysisSegmentsV2Request
    output: ListRealtimeContactAnalysisSegmentsV2Response
    errors: [
        AccessDeniedException
        InternalServiceException
        InvalidRequestException
        OutputTypeNotFoundException
        ResourceNotFoundException
        ThrottlingException
    ]
}

@input
structure ListRealtimeContactAnalysisSegmentsV2Request {
    /// The identifier of the Amazon Connect instance.
    @required
    @httpLabel
    InstanceId: InstanceId

    /// The identifier of the contact in the instance.
    @required
    @httpLabel
    ContactId: ContactId

    /// How many segments one page may hold at most.
    MaxResults: MaxResult100

    /// Where to resume: the token the previous page returned. Leave it out for the first page.
    NextToken: LargeNextToken

    /// Whether to read the original text or the text with personal data masked.
    @required
    OutputType: RealTimeContactAnalysisOutputType

    /// Which kinds of segment to return.
    @required
    SegmentTypes: RealTimeContactAnalysisSegmentTypes
}

@output
structure ListRealtimeContactAnalysisSegmentsV2Response {
    /// The channel of the contact.
    @required
    Channel: RealTimeContactAnalysisSupportedChannel

    /// Where the analysis of the contact stands.
    @required
    Status: RealTimeContactAnalysisStatus

    /// The segments of this page, oldest first.
    @required
    Segments: RealtimeContactAnalysisSegments

    /// Present when more segments may follow: pass it back to read them.
    NextToken: LargeNextToken
}

// ---------------------------------------------------------------------------------------------------------------
// Segments
// ---------------------------------------------------------------------------------------------------------------

/// The segments of a page, in the order they happened.
list RealtimeContactAnalysisSegments {
    member: RealtimeContactAnalysisSegment
}

/// One piece of analysis. Exactly one member is set; the service adds new kinds over time.
union RealtimeContactAnalysisSegment {
    /// A message a participant sent.
    Transcript: RealTimeContactAnalysisSegmentTranscript

    /// Categories the conversation matched so far.
    Categories: RealTimeContactAnalysisSegmentCategories

    /// Issues detected in the messages.
    Issues: RealTimeContactAnalysisSegmentIssues

    /// Something that happened in the chat, such as a participant joining or leaving.
    Event: RealTimeContactAnalysisSegmentEvent

    /// Files a participant shared.
    Attachments: RealTimeContactAnalysisSegmentAttachments
}

/// A message of the conversation.
structure RealTimeContactAnalysisSegmentTranscript {
    /// The identifier of the message.
    @required
    Id: RealTimeContactAnalysisId256

    /// The identifier of the participant who sent it.
    @required
    ParticipantId: ParticipantId

    /// The role of the participant who sent it.
    @required
    ParticipantRole: ParticipantRole

    /// The name the participant is shown with.
    DisplayName: DisplayName

    /// The text of the message.
    @required
    Content: RealTimeContactAnalysisTranscriptContent

    /// The MIME type of the content, such as text/plain.
    ContentType: RealTimeContactAnalysisContentType

    /// When the message was sent.
    @required
    Time: RealTimeContactAnalysisTimeData

    /// Where personal data sits in the content.
    Redaction: RealTimeContactAnalysisTranscriptItemRedaction

    /// The sentiment of the message.
    Sentiment: RealTimeContactAnalysisSentimentLabel
}

/// The categories matched so far, each with the places in the conversation that matched it.
structure RealTimeContactAnalysisSegmentCategories {
    /// Matched categories by name.
    @required
    MatchedDetails: RealTimeContactAnalysisMatchedDetails
}

/// Issues detected in the conversation.
structure RealTimeContactAnalysisSegmentIssues {
    /// The issues, each with the messages where it was found.
    @required
    IssuesDetected: RealTimeContactAnalysisIssuesDetected
}

/// An event of the chat.
structure RealTimeContactAnalysisSegmentEvent {
    /// The identifier of the event.
    @required
    Id: RealTimeContactAnalysisId256

    /// The participant the event concerns, if any.
    ParticipantId: ParticipantId

    /// The role of that participant.
    ParticipantRole: ParticipantRole

    /// The name that participant is shown with.
    DisplayName: DisplayName

    /// The kind of event, such as application/vnd.amazonaws.connect.event.participant.left.
    @required
    EventType: RealTimeContactAnalysisEventType

    /// When the event happened.
    @required
    Time: RealTimeContactAnalysisTimeData
}

/// Files shared by a participant.
structure RealTimeContactAnalysisSegmentAttachments {
    /// The identifier of the segment.
    @required
    Id: RealTimeContactAnalysisId256

    /// The identifier of the participant who shared the files.
    @required
    ParticipantId: ParticipantId

    /// The role of that participant.
    @required
    ParticipantRole: ParticipantRole

    /// The name that participant is shown with.
    DisplayName: DisplayName

    /// The files.
    @required
    Attachments: RealTimeContactAnalysisAttachments

    /// When the files were shared.
    @required
    Time: RealTimeContactAnalysisTimeData
}

// ---------------------------------------------------------------------------------------------------------------
// Parts of segments
// ---------------------------------------------------------------------------------------------------------------

/// A point in time. Exactly one member is set.
union RealTimeContactAnalysisTimeData {
    /// The instant, in UTC.
    AbsoluteTime: RealTimeContactAnalysisTimeInstant
}

/// An instant, sent as an RFC 3339 date-time string.
@timestampFormat("date-time")
timestamp RealTimeContactAnalysisTimeInstant

/// Where personal data sits in a message.
structure RealTimeContactAnalysisTranscriptItemRedaction {
    /// The character ranges that hold personal data.
    CharacterOffsets: RealTimeContactAnalysisCharacterIntervals
}

list RealTimeContactAnalysisCharacterIntervals {
    member: RealTimeContactAnalysisCharacterInterval
}

/// A range of characters in a message: from the first character to the one after the last.
structure RealTimeContactAnalysisCharacterInterval {
    /// The offset of the first character.
    @required
    BeginOffsetChar: RealTimeContactAnalysisOffset = 0

    /// The offset just past the last character.
    @required
    EndOffsetChar: RealTimeContactAnalysisOffset = 0
}

/// A character offset into a message.
@range(min: 0)
@default(0)
integer RealTimeContactAnalysisOffset

@length(min: 0, max: 150)
map RealTimeContactAnalysisMatchedDetails {
    key: RealTimeContactAnalysisCategoryName
    value: RealTimeContactAnalysisCategoryDetails
}

/// Where a category matched.
structure RealTimeContactAnalysisCategoryDetails {
    /// The places in the conversation that matched it.
    @required
    PointsOfInterest: RealTimeContactAnalysisPointsOfInterest
}

@length(min: 0, max: 5)
list RealTimeContactAnalysisPointsOfInterest {
    member: RealTimeContactAnalysisPointOfInterest
}

/// A place in the conversation that matched a category.
structure RealTimeContactAnalysisPointOfInterest {
    /// The messages, and the characters in them, that matched.
    TranscriptItems: RealTimeContactAnalysisTranscriptItemsWithCharacterOffsets
}

@length(min: 0, max: 10)
list RealTimeContactAnalysisTranscriptItemsWithCharacterOffsets {
    member: RealTimeContactAnalysisTranscriptItemWithCharacterOffsets
}

/// A message, and the characters in it, that something points at.
structure RealTimeContactAnalysisTranscriptItemWithCharacterOffsets {
    /// The identifier of the message.
    @required
    Id: RealTimeContactAnalysisId256

    /// The characters pointed at.
    CharacterOffsets: RealTimeContactAnalysisCharacterInterval
}

list RealTimeContactAnalysisIssuesDetected {
    member: RealTimeContactAnalysisIssueDetected
}

/// An issue, with the messages where it was detected.
structure RealTimeContactAnalysisIssueDetected {
    /// The messages that raised the issue.
    @required
    TranscriptItems: RealTimeContactAnalysisTranscriptItemsWithContent
}

list RealTimeContactAnalysisTranscriptItemsWithContent {
    member: RealTimeContactAnalysisTranscriptItemWithContent
}

/// A message, with the words of it that something points at.
structure RealTimeContactAnalysisTranscriptItemWithContent {
    /// The words pointed at.
    Content: RealTimeContactAnalysisTranscriptContent

    /// The identifier of the message.
    @required
    Id: RealTimeContactAnalysisId256

    /// Where those words are in the message.
    CharacterOffsets: RealTimeContactAnalysisCharacterInterval
}

@length(min: 0, max: 10)
list RealTimeContactAnalysisAttachments {
    member: RealTimeContactAnalysisAttachment
}

/// A file shared in the chat.
structure RealTimeContactAnalysisAttachment {
    /// The file name.
    @required
    AttachmentName: AttachmentName

    /// The MIME type of the file.
    ContentType: ContentType

    /// The identifier of the file.
    @required
    AttachmentId: ArtifactId

    /// Where the file's scan stands.
    Status: ArtifactStatus
}

// ---------------------------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------------------------

/// The text to return: as written, or with personal data masked.
enum RealTimeContactAnalysisOutputType {
    Raw
    Redacted
}

/// The kinds of segment a caller can ask for.
enum RealTimeContactAnalysisSegmentType {
    Transcript
    Categories
    Issues
    Event
    Attachments
}

@length(min: 0, max: 6)
list RealTimeContactAnalysisSegmentTypes {
    member: RealTimeContactAnalysisSegmentType
}

/// The channel of a contact.
enum RealTimeContactAnalysisSupportedChannel {
    VOICE
    CHAT
}

/// Where the analysis of a contact stands.
enum RealTimeContactAnalysisStatus {
    IN_PROGRESS
    FAILED
    COMPLETED
}

/// The sentiment of a message.
enum RealTimeContactAnalysisSentimentLabel {
    POSITIVE
    NEGATIVE
    NEUTRAL
}

/// The role of a participant of a contact.
enum ParticipantRole {
    AGENT
    CUSTOMER
    SYSTEM
    CUSTOM_BOT
    SUPERVISOR
}

/// Where the review of an uploaded file stands.
enum ArtifactStatus {
    APPROVED
    REJECTED
    IN_PROGRESS
}

/// Why a file was refused.
enum AttachedFileInvalidRequestExceptionReason {
    INVALID_FILE_SIZE
    INVALID_FILE_TYPE
    INVALID_FILE_NAME
}

// ---------------------------------------------------------------------------------------------------------------
// Strings and numbers
// ---------------------------------------------------------------------------------------------------------------

@length(min: 1, max: 256)
string ArtifactId

@length(min: 1, max: 256)
string AttachmentName

@length(min: 1, max: 256)
string ContactId

@length(min: 1, max: 255)
string ContentType

@length(min: 1, max: 256)
string DisplayName

@length(min: 1, max: 100)
string InstanceId

@length(min: 1, max: 100000)
string LargeNextToken

@range(min: 1, max: 100)
integer MaxResult100

string Message

@length(min: 1, max: 256)
string ParticipantId

@length(min: 1, max: 256)
string RealTimeContactAnalysisCategoryName

@length(min: 1, max: 256)
string RealTimeContactAnalysisContentType

@length(min: 1, max: 128)
string RealTimeContactAnalysisEventType

@length(min: 1, max: 256)
string RealTimeContactAnalysisId256

@length(min: 1, max: 16384)
string RealTimeContactAnalysisTranscriptContent

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

/// The caller may not perform this action.
@error("client")
@httpError(403)
structure AccessDeniedException {
    Message: Message
}

/// The service failed to handle the request.
@error("server")
@httpError(500)
structure InternalServiceException {
    Message: Message
}

/// The request is not valid: a parameter is missing or out of range, or the contact cannot be read this way.
@error("client")
@httpError(400)
structure InvalidRequestException {
    Message: Message

    /// More about why the request was refused.
    Reason: InvalidRequestExceptionReason
}

/// The reason a request was refused, by the kind of thing at fault.
union InvalidRequestExceptionReason {
    /// A file attached to the request was refused.
    AttachedFileInvalidRequestExceptionReason: AttachedFileInvalidRequestExceptionReason
}

/// The contact's redaction policy did not produce the output type asked for.
@error("client")
@httpError(404)
structure OutputTypeNotFoundException {
    Message: Message
}

/// The instance or contact does not exist.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    Message: Message
}

/// Too many requests: slow down and try again.
@error("client")
@httpError(429)
structure ThrottlingException {
    Message: Message
}
