// Credentials and region the way AWS's tools find them: AWS's default credential chain (environment, shared
// config and credentials files with profiles, SSO, web identity, container and instance metadata) and the region of
// the profile in the shared config file. Imported only when the CLI runs, so that the library does not carry them.
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import { CredentialsError } from "../runtime/index.js";

/**
 * AWS's default credential chain, for a named profile or the default one. Its failure says which profile was
 * looked for, since the chain's own message does not.
 */
export async function defaultCredentialChain(profile: string | undefined): Promise<AwsCredentialIdentityProvider> {
  const { defaultProvider } = await import("@aws-sdk/credential-provider-node");
  const chain = defaultProvider(profile === undefined ? {} : { profile });
  const where =
    profile === undefined
      ? "in the environment, the default profile of ~/.aws/credentials and ~/.aws/config, or the machine's role"
      : `for profile ${JSON.stringify(profile)} in ~/.aws/credentials and ~/.aws/config`;
  return async (options) => {
    try {
      return await chain(options);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CredentialsError(`no credentials found ${where}: ${detail}`, { cause: error });
    }
  };
}

/**
 * The region AWS's SDK would take after the environment: the profile's `region` in the shared config file (or
 * credentials file). Undefined when none is set.
 */
export async function configuredRegion(profile: string | undefined): Promise<string | undefined> {
  const { loadConfig, NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS } = await import(
    "@smithy/core/config"
  );
  const load = loadConfig(
    { ...NODE_REGION_CONFIG_OPTIONS, default: () => undefined },
    { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...(profile === undefined ? {} : { profile }) },
  );
  return (await load()) ?? undefined;
}
