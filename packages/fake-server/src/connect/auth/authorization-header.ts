// Reads a SigV4 Authorization header: `AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/connect/aws4_request,
// SignedHeaders=host;x-amz-date, Signature=<64 hex>`. Only its form is checked here, not the signature.

export interface SigV4Authorization {
  readonly accessKeyId: string;
  /** yyyyMMdd, from the credential scope. */
  readonly shortDate: string;
  readonly region: string;
  readonly service: string;
  /** Lower-case header names, as signed. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

export const ALGORITHM = "AWS4-HMAC-SHA256";

/** Why a header is not a SigV4 Authorization header; the message is meant for the caller. */
export class MalformedAuthorizationError extends Error {
  override readonly name = "MalformedAuthorizationError";
}

// The form every SigV4 signer writes, read in one step; anything else goes through the checks below, which say
// what is wrong.
const WELL_FORMED =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request, ?SignedHeaders=([a-z0-9-]+(?:;[a-z0-9-]+)*), ?Signature=([0-9a-f]{64})$/;

/** Who signed a request and for which service: all that is needed of a header whose signature is not checked. */
export interface CredentialScope {
  readonly accessKeyId: string;
  readonly service: string;
}

const CREDENTIAL_AT = "AWS4-HMAC-SHA256 Credential=".length;

/**
 * The access key and service of a header in the form every SigV4 signer writes, without taking the rest apart;
 * undefined for any other header (parseAuthorization then says what is wrong with it).
 */
export function readWellFormedScope(header: string): CredentialScope | undefined {
  if (!WELL_FORMED.test(header)) return undefined;
  // The form guarantees the slashes: key/date/region/service/aws4_request, none of the parts containing one.
  const keyEnd = header.indexOf("/", CREDENTIAL_AT);
  const regionStart = keyEnd + 10; // after "/yyyyMMdd/"
  const serviceStart = header.indexOf("/", regionStart) + 1;
  const serviceEnd = header.indexOf("/", serviceStart);
  return {
    accessKeyId: header.slice(CREDENTIAL_AT, keyEnd),
    service: header.slice(serviceStart, serviceEnd),
  };
}

export function parseAuthorization(header: string): SigV4Authorization {
  const m = WELL_FORMED.exec(header);
  if (m !== null) {
    return {
      accessKeyId: m[1]!,
      shortDate: m[2]!,
      region: m[3]!,
      service: m[4]!,
      signedHeaders: m[5]!.split(";"),
      signature: m[6]!,
    };
  }
  return parseSlowly(header);
}

function parseSlowly(header: string): SigV4Authorization {
  const trimmed = header.trim();
  const space = trimmed.indexOf(" ");
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  if (algorithm !== ALGORITHM) {
    throw new MalformedAuthorizationError(
      `Unsupported authorization algorithm ${JSON.stringify(algorithm.slice(0, 40))}: sign with ${ALGORITHM}`,
    );
  }
  const fields = new Map<string, string>();
  for (const part of trimmed.slice(space + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ["Credential", "SignedHeaders", "Signature"].filter((name) => !fields.get(name));
  if (missing.length > 0) {
    throw new MalformedAuthorizationError(
      missing.map((name) => `Authorization header requires '${name}' parameter.`).join(" "),
    );
  }
  const scope = fields.get("Credential")!.split("/");
  if (scope.length !== 5 || scope.some((p) => p === "") || scope[4] !== "aws4_request" || !/^\d{8}$/.test(scope[1]!)) {
    throw new MalformedAuthorizationError(
      "Credential must have the form <access key>/<yyyyMMdd>/<region>/<service>/aws4_request",
    );
  }
  const signature = fields.get("Signature")!;
  if (!/^[0-9a-f]{64}$/.test(signature))
    throw new MalformedAuthorizationError("Signature must be 64 lower-case hex digits");
  const signedHeaders = fields.get("SignedHeaders")!.split(";");
  if (signedHeaders.some((h) => h === "" || h !== h.toLowerCase())) {
    throw new MalformedAuthorizationError("SignedHeaders must be lower-case header names separated by ';'");
  }
  const [accessKeyId, shortDate, region, service] = scope as [string, string, string, string];
  return { accessKeyId, shortDate, region, service, signedHeaders, signature };
}

/** The region of a header's credential scope, for messages; us-east-1 when the header has none to give. */
export function regionOf(header: string | undefined): string {
  if (header === undefined) return "us-east-1";
  try {
    return parseAuthorization(header).region;
  } catch {
    return "us-east-1";
  }
}
