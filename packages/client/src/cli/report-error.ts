// Says what went wrong and what to try, and picks the exit code, for every error a command can end with.
import {
  ConfigurationError,
  CredentialsError,
  DeserializationError,
  InputValidationError,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
  ServiceException,
} from "../runtime/index.js";
import { UsageError } from "./args.js";
import { ExitCode } from "./exit-codes.js";
import { QuotaStoreError } from "./watch-budget.js";

export interface ErrorReport {
  exitCode: ExitCode;
  message: string;
  hint?: string;
}

export interface ErrorScene {
  command: string;
  endpoint: string | undefined;
  outputType?: string;
}

export function reportError(error: unknown, scene: ErrorScene): ErrorReport {
  if (error instanceof UsageError) {
    return {
      exitCode: ExitCode.Usage,
      message: error.message,
      hint: `see: rtca ${error.command ? `${error.command} ` : ""}--help`,
    };
  }
  if (error instanceof ConfigurationError) {
    const hint =
      error.key === "region"
        ? "pass --region (e.g. --region us-east-1), set AWS_REGION, or set region in the profile of ~/.aws/config"
        : error.key === "endpoint"
          ? "pass --endpoint with an http(s) URL"
          : undefined;
    return { exitCode: ExitCode.Usage, message: error.message, ...(hint ? { hint } : {}) };
  }
  if (error instanceof CredentialsError) {
    return {
      exitCode: ExitCode.Usage,
      message: error.message,
      hint: "pass --profile NAME (a profile of ~/.aws/credentials or ~/.aws/config; for SSO, run aws sso login first), or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
    };
  }
  if (error instanceof InputValidationError) {
    return { exitCode: ExitCode.Usage, message: error.message, hint: `see: rtca ${scene.command} --help` };
  }
  if (error instanceof QuotaStoreError) {
    return {
      exitCode: ExitCode.Unavailable,
      message: error.message,
      hint: `is a redis-server listening at ${error.url}? check --redis`,
    };
  }
  if (error instanceof RequestAbortedError) return { exitCode: ExitCode.Interrupted, message: "interrupted" };
  if (error instanceof RequestTimeoutError) {
    return {
      exitCode: ExitCode.Unavailable,
      message: error.message,
      hint: "try a longer --timeout, or check the endpoint",
    };
  }
  if (error instanceof NetworkError) {
    return {
      exitCode: ExitCode.Unavailable,
      message: error.message,
      hint: scene.endpoint
        ? `is a server listening at ${scene.endpoint}? check --endpoint`
        : "check the network connection and --region",
    };
  }
  if (error instanceof DeserializationError) {
    return {
      exitCode: ExitCode.Unavailable,
      message: error.message,
      hint: "the answer does not look like ListRealtimeContactAnalysisSegmentsV2's: is --endpoint the right service?",
    };
  }
  if (error instanceof ServiceException) return reportServiceError(error, scene);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    exitCode: ExitCode.Internal,
    message: `unexpected failure: ${detail}`,
    hint: "this is a bug in rtca; please report it",
  };
}

function reportServiceError(error: ServiceException, scene: ErrorScene): ErrorReport {
  const attempts = error.$metadata.attempts ?? 1;
  const requestId = error.$metadata.requestId ? ` (request id ${error.$metadata.requestId})` : "";
  const message = `${error.name}: ${error.message}${requestId}`;
  switch (error.name) {
    case "ResourceNotFoundException":
      return {
        exitCode: ExitCode.Refused,
        message,
        hint: "check --instance (the last part of the instance ARN) and --contact, and the region",
      };
    case "AccessDeniedException":
    case "UnrecognizedClientException":
    case "InvalidSignatureException":
      return {
        exitCode: ExitCode.Refused,
        message,
        hint: "check the credentials: they need connect:ListRealtimeContactAnalysisSegmentsV2 on this instance",
      };
    case "OutputTypeNotFoundException":
      return {
        exitCode: ExitCode.Refused,
        message,
        hint: `the contact's redaction policy did not produce this output: try --output ${scene.outputType === "Redacted" ? "raw" : "redacted"}`,
      };
    case "InvalidRequestException":
      return {
        exitCode: ExitCode.Refused,
        message,
        hint: "only CHAT contacts have real-time segments; check the options",
      };
    case "ThrottlingException":
      return {
        exitCode: ExitCode.Unavailable,
        message: `${message}, still after ${attempts} attempt${attempts === 1 ? "" : "s"}`,
        hint: "the account's quota is 2 requests per second: wait a moment, or lower --max-rps elsewhere",
      };
    default:
      return error.$fault === "server"
        ? {
            exitCode: ExitCode.Unavailable,
            message: `${message}, after ${attempts} attempt${attempts === 1 ? "" : "s"}`,
            hint: "the service is failing: try again later",
          }
        : { exitCode: ExitCode.Refused, message };
  }
}
