// Where requests go: the endpoint the caller gave, or the service's regional endpoint
// (https://{endpointPrefix}.{region}.amazonaws.com, as FACTS.md gives it for Connect).
import { ConfigurationError } from "./client-errors.js";

export interface ServiceEndpointFacts {
  readonly name: string;
  /** The host prefix of the service's AWS endpoints; absent for services that only run where they are told. */
  readonly endpointPrefix?: string;
}

export type EndpointInput = string | URL | { url: string | URL };

export function resolveEndpoint(
  endpoint: EndpointInput | undefined,
  region: string | undefined,
  service: ServiceEndpointFacts,
): URL {
  if (endpoint === undefined) {
    if (service.endpointPrefix === undefined) {
      throw new ConfigurationError("endpoint", `missing: ${service.name} has no AWS endpoint, so say where it runs`);
    }
    if (region === undefined) {
      throw new ConfigurationError("region", "missing: set the region option or the AWS_REGION environment variable");
    }
    return new URL(`https://${service.endpointPrefix}.${region}.amazonaws.com`);
  }
  const text = typeof endpoint === "object" && !(endpoint instanceof URL) ? endpoint.url : endpoint;
  let url: URL;
  try {
    url = new URL(String(text));
  } catch {
    throw new ConfigurationError(
      "endpoint",
      `${JSON.stringify(String(text))} is not a URL such as http://127.0.0.1:4566`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigurationError("endpoint", `${url.href} is not an http or https URL`);
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new ConfigurationError("endpoint", `${url.href} must not carry a query, fragment or user info`);
  }
  return url;
}
