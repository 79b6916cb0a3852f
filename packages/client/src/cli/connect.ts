// Builds the ConnectClient a command uses: the region and credentials found the way AWS's tools find them, or
// placeholders for a fake server on this machine when nothing was configured.
import type { AwsCredentialIdentity } from "@smithy/types";
import { ConnectClient } from "../generated/connect/client.js";
import { configuredRegion, defaultCredentialChain } from "./aws-config.js";
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

export async function createConnectClient(
  settings: ConnectionSettings,
  env: Record<string, string | undefined>,
): Promise<ConnectClient> {
  const local = isLoopbackEndpoint(settings.endpoint);
  const profile = settings.profile ?? nonEmpty(env["AWS_PROFILE"]);
  const region =
    settings.region ??
    nonEmpty(env["AWS_REGION"]) ??
    nonEmpty(env["AWS_DEFAULT_REGION"]) ??
    (await configuredRegion(profile)) ??
    (local ? "us-east-1" : undefined);
  // A local fake needs no real credentials: the chain is asked only when keys or a profile were given, so that
  // nothing is looked up (instance metadata included) to read a fake on this machine.
  const chosen = profile !== undefined || nonEmpty(env["AWS_ACCESS_KEY_ID"]) !== undefined;
  return new ConnectClient({
    region,
    endpoint: settings.endpoint,
    credentials: local && !chosen ? LOCAL_PLACEHOLDER_CREDENTIALS : await defaultCredentialChain(profile),
    timeoutMs: settings.timeoutMs,
    maxAttempts: settings.maxAttempts,
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
