// Builds the ConnectClient a command uses, from its connection settings and the environment.
import type { AwsCredentialIdentity } from "@smithy/types";
import { ConnectClient } from "../generated/connect/client.js";
import type { ConnectionSettings } from "./options.js";

/** Credentials for a fake server on this machine, which accepts any signature. Never used for another host. */
const LOCAL_PLACEHOLDER_CREDENTIALS: AwsCredentialIdentity = {
  accessKeyId: "AKIDLOCALRTCA",
  secretAccessKey: "local-placeholder-secret",
};

export function isLoopbackEndpoint(endpoint: string | undefined): boolean {
  if (endpoint === undefined) return false;
  try {
    const host = new URL(endpoint).hostname;
    return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}

export function createConnectClient(
  settings: ConnectionSettings,
  env: Record<string, string | undefined>,
): ConnectClient {
  const local = isLoopbackEndpoint(settings.endpoint);
  const region =
    settings.region ??
    nonEmpty(env["AWS_REGION"]) ??
    nonEmpty(env["AWS_DEFAULT_REGION"]) ??
    (local ? "us-east-1" : undefined);
  const hasCredentials = nonEmpty(env["AWS_ACCESS_KEY_ID"]) !== undefined;
  return new ConnectClient({
    region,
    endpoint: settings.endpoint,
    credentials: local && !hasCredentials ? LOCAL_PLACEHOLDER_CREDENTIALS : undefined,
    timeoutMs: settings.timeoutMs,
    maxAttempts: settings.maxAttempts,
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
