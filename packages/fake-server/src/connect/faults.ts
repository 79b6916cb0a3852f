// Faults injected through the control plane: the next requests to the Connect API fail with a chosen error, for
// testing retries and error handling. Modelled errors answer as the service would; 502, 503 and 504 answer as a
// load balancer in front of it might.
import { ProtocolError, ServiceError } from "../runtime/index.js";

export const MODELLED_FAULTS = ["ThrottlingException", "InternalServiceException", "AccessDeniedException"] as const;
export const GATEWAY_FAULTS = {
  "502": "BadGatewayException",
  "503": "ServiceUnavailableException",
  "504": "GatewayTimeoutException",
} as const;

export type FaultErrorType = (typeof MODELLED_FAULTS)[number] | keyof typeof GATEWAY_FAULTS;

export function isFaultErrorType(value: string): value is FaultErrorType {
  return (MODELLED_FAULTS as readonly string[]).includes(value) || Object.hasOwn(GATEWAY_FAULTS, value);
}

export interface Fault {
  readonly errorType: FaultErrorType;
  /** How many more requests it fails. */
  remaining: number;
  readonly retryAfterSeconds?: number;
  /** Only requests for this contact. */
  readonly contactId?: string;
}

export class FaultQueue {
  readonly #faults: Fault[] = [];

  inject(fault: Omit<Fault, "remaining"> & { count: number }): void {
    const { count, ...rest } = fault;
    this.#faults.push({ ...rest, remaining: count });
  }

  /** The error for a request to the given contact, when a fault applies to it; that fault is then used up once. */
  take(contactId: string | undefined): Error | undefined {
    if (this.#faults.length === 0) return undefined;
    const index = this.#faults.findIndex((f) => f.contactId === undefined || f.contactId === contactId);
    if (index < 0) return undefined;
    const fault = this.#faults[index]!;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return errorFor(fault);
  }

  get size(): number {
    return this.#faults.length;
  }

  clear(): void {
    this.#faults.length = 0;
  }
}

function errorFor(fault: Fault): Error {
  const headers: Record<string, string> =
    fault.retryAfterSeconds === undefined ? {} : { "retry-after": String(fault.retryAfterSeconds) };
  const message = `Injected fault: ${fault.errorType}`;
  if (fault.errorType in GATEWAY_FAULTS) {
    const name = GATEWAY_FAULTS[fault.errorType as keyof typeof GATEWAY_FAULTS];
    return new ProtocolError(name, Number(fault.errorType), message, { headers });
  }
  return new ServiceError(fault.errorType, { Message: message }, { headers });
}
