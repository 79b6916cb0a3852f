// Turns parsed command-line options into the request and client settings, with a usage error for every bad value.
import type { ListRealtimeContactAnalysisSegmentsV2Request } from "@rtca/types";
import { type ParsedArgs, UsageError } from "./args.js";
import { DEFAULT_SEGMENT_TYPES, KNOWN_SEGMENT_TYPES } from "./commands.js";

export interface ConnectionSettings {
  endpoint: string | undefined;
  region: string | undefined;
  /** The profile of the shared config and credentials files, when one was named with --profile. */
  profile: string | undefined;
  timeoutMs: number;
  maxAttempts: number | undefined;
}

export type ContactInput = Omit<ListRealtimeContactAnalysisSegmentsV2Request, "NextToken" | "MaxResults">;

export function contactInput(args: ParsedArgs, command: string): ContactInput {
  const instance = required(args, "instance", command);
  const contact = required(args, "contact", command);
  return {
    InstanceId: instance,
    ContactId: contact,
    OutputType: outputType(args, command),
    SegmentTypes: segmentTypes(args, command),
  };
}

/** What every contact of a watch is asked for: the instance, output type and segment types. */
export function instanceInput(args: ParsedArgs, command: string): Omit<ContactInput, "ContactId"> {
  return {
    InstanceId: required(args, "instance", command),
    OutputType: outputType(args, command),
    SegmentTypes: segmentTypes(args, command),
  };
}

export function connectionSettings(args: ParsedArgs, command: string): ConnectionSettings {
  const endpoint = args.values.get("endpoint");
  if (endpoint !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(endpoint);
    } catch {
      url = undefined;
    }
    if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:")) {
      throw new UsageError(
        `--endpoint ${JSON.stringify(endpoint)} is not an http(s) URL such as http://127.0.0.1:4566`,
        command,
      );
    }
  }
  return {
    endpoint,
    region: args.values.get("region"),
    profile: args.values.get("profile"),
    timeoutMs: wholeNumber(args, "timeout", command, 1, Number.MAX_SAFE_INTEGER) ?? 10_000,
    maxAttempts: wholeNumber(args, "max-attempts", command, 1, 20),
  };
}

export function pageSize(args: ParsedArgs, command: string): number | undefined {
  return wholeNumber(args, "page-size", command, 1, 100);
}

export function wholeNumber(
  args: ParsedArgs,
  name: string,
  command: string,
  min: number,
  max: number,
): number | undefined {
  const text = args.values.get(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(
      `--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`,
      command,
    );
  }
  return value;
}

function required(args: ParsedArgs, name: string, command: string): string {
  const value = args.values.get(name);
  if (value === undefined || value.trim() === "") throw new UsageError(`--${name} is required`, command);
  return value;
}

function outputType(args: ParsedArgs, command: string): "Raw" | "Redacted" {
  // Redacted unless raw is asked for: a transcript on a terminal or in a log should not show personal data by default.
  const value = (args.values.get("output") ?? "redacted").toLowerCase();
  if (value === "raw") return "Raw";
  if (value === "redacted") return "Redacted";
  throw new UsageError(`--output must be raw or redacted, got ${JSON.stringify(args.values.get("output"))}`, command);
}

/**
 * The segment types to ask for. Known names are matched without regard to case; other names pass through as
 * written, because the service adds kinds (such as PostContactSummary) and a contact may have them.
 */
function segmentTypes(args: ParsedArgs, command: string): string[] {
  const text = args.values.get("types");
  if (text === undefined) return [...DEFAULT_SEGMENT_TYPES];
  const names = text.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) {
    throw new UsageError(
      `--types must be a comma-separated list such as Transcript,Issues, got ${JSON.stringify(text)}`,
      command,
    );
  }
  const out: string[] = [];
  for (const name of names) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
      throw new UsageError(
        `--types: ${JSON.stringify(name)} is not a segment type name (e.g. ${KNOWN_SEGMENT_TYPES.join(", ")})`,
        command,
      );
    }
    const known = KNOWN_SEGMENT_TYPES.find((k) => k.toLowerCase() === name.toLowerCase());
    const resolved = known ?? name;
    if (!out.includes(resolved)) out.push(resolved);
  }
  if (out.length > 6) throw new UsageError("--types takes at most 6 segment types", command);
  return out;
}
