// SigV4 signing with @smithy/signature-v4, for the service's signing name and the configured region. A service
// without a signing name (the fake's control plane) is called unsigned.

import type { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { Sha256 } from "#platform";
import type { CredentialSource } from "./credentials.js";

export interface RequestSigner {
  sign(request: HttpRequest, signingDate: Date): Promise<HttpRequest>;
}

export function createSigner(
  signingName: string | undefined,
  region: string | undefined,
  credentials: CredentialSource,
): RequestSigner | undefined {
  if (signingName === undefined || region === undefined) return undefined;
  const signer = new SignatureV4({ service: signingName, region, credentials, sha256: Sha256, uriEscapePath: true });
  return {
    sign: (request, signingDate) => signer.sign(request, { signingDate }) as Promise<HttpRequest>,
  };
}
