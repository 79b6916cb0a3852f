// SigV4 signing with @smithy/signature-v4, for the service's signing name and the configured region. A service
// without a signing name (the fake's control plane) is called unsigned.
//
// The signer extends the package's SignatureV4Base rather than using its SignatureV4 class: SignatureV4 also
// presigns URLs and signs event-stream messages, and carries an event-stream header encoder for that, which a
// browser bundle of this client would pay for (about 5 KB minified) without ever using. What is left here is only
// the order of the steps of SignatureV4's signRequest; the canonical request, the credential scope, the signing
// key and the payload hash all come from @smithy/signature-v4. Its typings mark SignatureV4Base and these helpers
// internal (they are exported for @smithy's other signers), so a property test in test/signing.test.ts checks, on
// random requests, that the headers are the ones SignatureV4 itself gives: a change in a new version fails there.
import type { HttpRequest } from "@smithy/protocol-http";
import {
  ALGORITHM_IDENTIFIER,
  AMZ_DATE_HEADER,
  AUTH_HEADER,
  createScope,
  getCanonicalHeaders,
  getPayloadHash,
  getSigningKey,
  hasHeader,
  prepareRequest,
  SHA256_HEADER,
  SignatureV4Base,
  TOKEN_HEADER,
} from "@smithy/signature-v4";
import type { AwsCredentialIdentity, ChecksumConstructor } from "@smithy/types";
import { Sha256 } from "#platform";
import type { CredentialSource } from "./credentials.js";
import { hex } from "./hex.js";

export interface RequestSigner {
  sign(request: HttpRequest, signingDate: Date): Promise<HttpRequest>;
}

export function createSigner(
  signingName: string | undefined,
  region: string | undefined,
  credentials: CredentialSource,
  sha256: ChecksumConstructor = Sha256,
): RequestSigner | undefined {
  if (signingName === undefined || region === undefined) return undefined;
  return new RequestSignerV4(signingName, region, credentials, sha256);
}

/** Signs requests (Authorization header) for one service and region; never presigns. */
export class RequestSignerV4 extends SignatureV4Base implements RequestSigner {
  constructor(service: string, region: string, credentials: CredentialSource, sha256: ChecksumConstructor) {
    super({ service, region, credentials, sha256, uriEscapePath: true });
  }

  /** What SignatureV4's sign(request, { signingDate }) does, step for step. */
  async sign(request: HttpRequest, signingDate: Date): Promise<HttpRequest> {
    const credentials: AwsCredentialIdentity = await this.credentialProvider();
    this.validateResolvedCredentials(credentials);
    const region = await this.regionProvider();
    const signed = prepareRequest(request) as HttpRequest;
    const { longDate, shortDate } = this.formatDate(signingDate);
    const scope = createScope(shortDate, region, this.service);
    signed.headers[AMZ_DATE_HEADER] = longDate;
    if (credentials.sessionToken) signed.headers[TOKEN_HEADER] = credentials.sessionToken;
    const payloadHash = await getPayloadHash(signed, this.sha256);
    if (!hasHeader(SHA256_HEADER, signed.headers) && this.applyChecksum) signed.headers[SHA256_HEADER] = payloadHash;
    const canonicalHeaders = getCanonicalHeaders(signed);
    const stringToSign = await this.createStringToSign(
      longDate,
      scope,
      this.createCanonicalRequest(signed, canonicalHeaders, payloadHash),
      ALGORITHM_IDENTIFIER,
    );
    const hmac = new this.sha256(await getSigningKey(this.sha256, credentials, shortDate, region, this.service));
    hmac.update(new TextEncoder().encode(stringToSign));
    signed.headers[AUTH_HEADER] =
      `${ALGORITHM_IDENTIFIER} Credential=${credentials.accessKeyId}/${scope}, ` +
      `SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, Signature=${hex(await hmac.digest())}`;
    return signed;
  }
}
