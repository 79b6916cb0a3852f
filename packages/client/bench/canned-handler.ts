// The in-memory request handler both clients send through in the benchmark: it answers every request with the
// same bytes, at once, so that what is measured is each client's own work (checking, encoding, signing, retry
// bookkeeping, decoding) and not the network.
import { HttpResponse } from "@smithy/protocol-http";

export class CannedHandler {
  readonly #bytes: Uint8Array;
  readonly #headers: Record<string, string>;

  constructor(body: string) {
    this.#bytes = new TextEncoder().encode(body);
    this.#headers = {
      "content-type": "application/json",
      "content-length": String(this.#bytes.byteLength),
      "x-amzn-requestid": "00000000-0000-4000-8000-000000000000",
    };
  }

  async handle(): Promise<{ response: HttpResponse }> {
    return { response: new HttpResponse({ statusCode: 200, headers: { ...this.#headers }, body: this.#bytes }) };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {}
}
