$version: "2.0"

metadata suppressions = [{ id: "EnumShape", namespace: "com.amazonaws.connect", reason: "member names as AWS's model spells them" }]

namespace com.amazonaws.connect

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsQueryError
use aws.protocols#restJson1

/// Amazon Connect, reduced to the operation that reads real-time contact analysis as a conversation happens.
@service({
    sdkId: "Connect"
    arnNamespace: "connect"
    endpointPrefix: "connect"
    cloudFormationName: "Connect"
    cloudTrailEventSource: "connect.amazonaws.com"
})
@sigv4(name: "connect")
@restJson1
@title("Amazon Connect Service")
service AmazonConnectService {
    version: "2017-08-08"
    operations: [
        ListRealtimeContactAnalysisSegmentsV2
    ]
}

/// Reads the analysis segments of a chat contact: its transcript with sentiment, the categories it matched, the
/// issues detected in it, its events, its attachments, the values picked out of it and, once it has ended, its
/// summary. Works while the contact is still in progress, so that a caller can poll it and watch the conversation
/// grow.
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

/// The caller may not perform this action.
@awsQueryError(code: "AccessDeniedException", httpResponseCode: 403)
@error("client")
@httpError(403)
structure AccessDeniedException {
    Message: Message
}

@length(min: 1, max: 256)
string ArtifactId

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

@length(min: 1, max: 100000)
string LargeNextToken

@input
structure ListRealtimeContactAnalysisSegmentsV2Request {
    /// The identifier of the Amazon Connect instance.
    @httpLabel
    @required
    InstanceId: InstanceId

    /// The identifier of the contact in the instance.
    @httpLabel
    @required
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

@range(min: 1, max: 100)
integer MaxResult100

string Message

/// The contact's redaction policy did not produce the output type asked for.
@error("client")
@httpError(404)
structure OutputTypeNotFoundException {
    Message: Message
}

@length(min: 1, max: 256)
string ParticipantId

/// The role of a participant of a contact.
enum ParticipantRole {
    AGENT
    CUSTOMER
    SYSTEM
    CUSTOM_BOT
    SUPERVISOR
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

@length(min: 0, max: 10)
list RealTimeContactAnalysisAttachments {
    member: RealTimeContactAnalysisAttachment
}

/// Where a category matched.
structure RealTimeContactAnalysisCategoryDetails {
    /// The places in the conversation that matched it.
    @required
    PointsOfInterest: RealTimeContactAnalysisPointsOfInterest
}

@length(min: 1, max: 256)
string RealTimeContactAnalysisCategoryName

/// A range of characters in a message: from the first character to the one after the last.
structure RealTimeContactAnalysisCharacterInterval {
    /// The offset of the first character.
    @required
    BeginOffsetChar: RealTimeContactAnalysisOffset = 0

    /// The offset just past the last character.
    @required
    EndOffsetChar: RealTimeContactAnalysisOffset = 0
}

list RealTimeContactAnalysisCharacterIntervals {
    member: RealTimeContactAnalysisCharacterInterval
}

@length(min: 1, max: 256)
string RealTimeContactAnalysisContentType

@length(min: 1, max: 128)
string RealTimeContactAnalysisEventType

/// Why no value could be extracted.
enum RealTimeContactAnalysisExtractedInformationFailureCode {
    QUOTA_EXCEEDED
    INSUFFICIENT_CONVERSATION_CONTENT
    FAILED_SAFETY_GUIDELINES
    MAX_PACKAGE_FEATURE_ONLY
    INTERNAL_ERROR
}

/// One value picked out of the conversation.
structure RealTimeContactAnalysisExtractedInformationValue {
    /// The value.
    @required
    Content: String

    /// The messages, and the characters in them, that the value was read from.
    @required
    PointsOfInterest: RealTimeContactAnalysisTranscriptItemsWithCharacterOffsets
}

/// The values found for an extraction definition.
list RealTimeContactAnalysisExtractedInformationValues {
    member: RealTimeContactAnalysisExtractedInformationValue
}

@length(min: 1, max: 256)
string RealTimeContactAnalysisId256

/// An issue, with the messages where it was detected.
structure RealTimeContactAnalysisIssueDetected {
    /// The messages that raised the issue.
    @required
    TranscriptItems: RealTimeContactAnalysisTranscriptItemsWithContent
}

list RealTimeContactAnalysisIssuesDetected {
    member: RealTimeContactAnalysisIssueDetected
}

@length(min: 0, max: 150)
map RealTimeContactAnalysisMatchedDetails {
    key: RealTimeContactAnalysisCategoryName
    value: RealTimeContactAnalysisCategoryDetails
}

/// A character offset into a message.
@default(0)
@range(min: 0)
integer RealTimeContactAnalysisOffset

/// The text to return: as written, or with personal data masked.
enum RealTimeContactAnalysisOutputType {
    Raw
    Redacted
}

/// A place in the conversation that matched a category.
structure RealTimeContactAnalysisPointOfInterest {
    /// The messages, and the characters in them, that matched.
    TranscriptItems: RealTimeContactAnalysisTranscriptItemsWithCharacterOffsets
}

@length(min: 0, max: 5)
list RealTimeContactAnalysisPointsOfInterest {
    member: RealTimeContactAnalysisPointOfInterest
}

/// The text of a post-contact summary.
@length(min: 1, max: 1270)
string RealTimeContactAnalysisPostContactSummaryContent

/// Why no post-contact summary could be written.
enum RealTimeContactAnalysisPostContactSummaryFailureCode {
    QUOTA_EXCEEDED
    INSUFFICIENT_CONVERSATION_CONTENT
    FAILED_SAFETY_GUIDELINES
    INVALID_ANALYSIS_CONFIGURATION
    INTERNAL_ERROR
}

/// Whether a post-contact summary could be written.
enum RealTimeContactAnalysisPostContactSummaryStatus {
    FAILED
    COMPLETED
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

/// The categories matched so far, each with the places in the conversation that matched it.
structure RealTimeContactAnalysisSegmentCategories {
    /// Matched categories by name.
    @required
    MatchedDetails: RealTimeContactAnalysisMatchedDetails
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

/// Values that the analysis picked out of the conversation for one extraction definition (such as an order
/// number or a reason for calling).
structure RealTimeContactAnalysisSegmentExtractedInformation {
    /// The identifier of the extraction definition that asked for these values.
    @required
    ExtractionDefinitionId: String

    /// The name of that extraction definition.
    @required
    ExtractionDefinitionName: String

    /// The label to show beside the values.
    ExtractionDefinitionDisplayLabel: String

    /// The values found, each with the words of the conversation it was read from.
    ExtractedValues: RealTimeContactAnalysisExtractedInformationValues

    /// Why no value could be extracted, when none was.
    FailureCode: RealTimeContactAnalysisExtractedInformationFailureCode
}

/// Issues detected in the conversation.
structure RealTimeContactAnalysisSegmentIssues {
    /// The issues, each with the messages where it was found.
    @required
    IssuesDetected: RealTimeContactAnalysisIssuesDetected
}

/// A summary of the whole conversation, written once the contact has ended.
structure RealTimeContactAnalysisSegmentPostContactSummary {
    /// The summary. Absent when none could be written.
    Content: RealTimeContactAnalysisPostContactSummaryContent

    /// COMPLETED when the summary was written, FAILED when it could not be.
    @required
    Status: RealTimeContactAnalysisPostContactSummaryStatus

    /// Why the summary could not be written, when Status is FAILED.
    FailureCode: RealTimeContactAnalysisPostContactSummaryFailureCode
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

/// The kinds of segment a caller can ask for.
enum RealTimeContactAnalysisSegmentType {
    Transcript
    Categories
    Issues
    Event
    Attachments
    PostContactSummary
    ExtractedInformation
}

@length(min: 0, max: 6)
list RealTimeContactAnalysisSegmentTypes {
    member: RealTimeContactAnalysisSegmentType
}

/// The sentiment of a message.
enum RealTimeContactAnalysisSentimentLabel {
    POSITIVE
    NEGATIVE
    NEUTRAL
}

/// Where the analysis of a contact stands.
enum RealTimeContactAnalysisStatus {
    IN_PROGRESS
    FAILED
    COMPLETED
}

/// The channel of a contact.
enum RealTimeContactAnalysisSupportedChannel {
    VOICE
    CHAT
}

/// A point in time. Exactly one member is set.
union RealTimeContactAnalysisTimeData {
    /// The instant, in UTC.
    AbsoluteTime: RealTimeContactAnalysisTimeInstant
}

/// An instant, sent as an RFC 3339 date-time string.
@timestampFormat("date-time")
timestamp RealTimeContactAnalysisTimeInstant

@length(min: 1, max: 16384)
string RealTimeContactAnalysisTranscriptContent

/// Where personal data sits in a message.
structure RealTimeContactAnalysisTranscriptItemRedaction {
    /// The character ranges that hold personal data.
    CharacterOffsets: RealTimeContactAnalysisCharacterIntervals
}

/// A message, and the characters in it, that something points at.
structure RealTimeContactAnalysisTranscriptItemWithCharacterOffsets {
    /// The identifier of the message.
    @required
    Id: RealTimeContactAnalysisId256

    /// The characters pointed at.
    CharacterOffsets: RealTimeContactAnalysisCharacterInterval
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
list RealTimeContactAnalysisTranscriptItemsWithCharacterOffsets {
    member: RealTimeContactAnalysisTranscriptItemWithCharacterOffsets
}

list RealTimeContactAnalysisTranscriptItemsWithContent {
    member: RealTimeContactAnalysisTranscriptItemWithContent
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

    /// A summary of the conversation, which arrives after the chat has ended.
    PostContactSummary: RealTimeContactAnalysisSegmentPostContactSummary

    /// Values picked out of the conversation, each pointing at the words it was read from.
    ExtractedInformation: RealTimeContactAnalysisSegmentExtractedInformation
}

/// The segments of a page, in the order they happened.
list RealtimeContactAnalysisSegments {
    member: RealtimeContactAnalysisSegment
}

/// The instance or contact does not exist.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    Message: Message
}

/// Too many requests: slow down and try again.
@awsQueryError(code: "ThrottlingException", httpResponseCode: 429)
@error("client")
@httpError(429)
structure ThrottlingException {
    Message: Message
}
