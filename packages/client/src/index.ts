// @rtca/client: a small, strict client for Amazon Connect's ListRealtimeContactAnalysisSegmentsV2, its paginator,
// followSegments for live conversations, and the shapes it reads (from @rtca/types).

// The shapes and helpers of the API, so that users need only this package.
export {
  ArtifactStatus,
  encodeRealtimeContactAnalysisSegment,
  type ListRealtimeContactAnalysisSegmentsV2Request,
  type ListRealtimeContactAnalysisSegmentsV2Response,
  ParticipantRole,
  type RealTimeContactAnalysisAttachment,
  type RealTimeContactAnalysisCategoryDetails,
  type RealTimeContactAnalysisCharacterInterval,
  type RealTimeContactAnalysisIssueDetected,
  RealTimeContactAnalysisOutputType,
  type RealTimeContactAnalysisPointOfInterest,
  type RealTimeContactAnalysisSegmentAttachments,
  type RealTimeContactAnalysisSegmentCategories,
  type RealTimeContactAnalysisSegmentEvent,
  type RealTimeContactAnalysisSegmentIssues,
  type RealTimeContactAnalysisSegmentTranscript,
  RealTimeContactAnalysisSegmentType,
  RealTimeContactAnalysisSentimentLabel,
  RealTimeContactAnalysisStatus,
  RealTimeContactAnalysisSupportedChannel,
  RealTimeContactAnalysisTimeData,
  type RealTimeContactAnalysisTranscriptItemRedaction,
  type RealTimeContactAnalysisTranscriptItemWithCharacterOffsets,
  type RealTimeContactAnalysisTranscriptItemWithContent,
  RealtimeContactAnalysisSegment,
} from "@rtca/types";
export {
  type FollowInput,
  type FollowOptions,
  type FollowProgress,
  type FollowResult,
  type FollowRetry,
  followSegments,
  type SegmentsReader,
} from "./follow/follow.js";
export * from "./generated/connect/client.js";
export {
  type CallOptions,
  type ClientConfig,
  type Clock,
  ConfigurationError,
  CredentialsError,
  DeserializationError,
  type ErrorFault,
  type HttpRequestHandler,
  InputValidationError,
  type InputViolation,
  NetworkError,
  type PaginationConfig,
  RequestAbortedError,
  RequestTimeoutError,
  type ResponseMetadata,
  type RetryOptions,
  ServiceException,
  systemClock,
  type WithMetadata,
} from "./runtime/index.js";
export {
  defaultReserve,
  type RequestBudget,
  reserveProblem,
  SERVICE_QUOTA,
  TokenBucketBudget,
  type TokenBucketOptions,
} from "./watch/request-budget.js";
export {
  type ContactActivity,
  type DefaultPolicyOptions,
  defaultSchedulePolicy,
  type SchedulePolicy,
} from "./watch/schedule-policy.js";
export {
  ContactWatch,
  type WatchEvent,
  type WatchInput,
  type WatchOptions,
  watchContacts,
} from "./watch/watch-contacts.js";
