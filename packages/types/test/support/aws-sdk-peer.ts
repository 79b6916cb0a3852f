// AWS's own SDK as a peer: a ConnectClient whose request handler answers every request with a canned body, so that
// what it makes of a response body can be compared with what our decoder makes of it (and timed against it).
import type { Readable } from "node:stream";
import {
  ConnectClient,
  ListRealtimeContactAnalysisSegmentsV2Command,
  type ListRealtimeContactAnalysisSegmentsV2CommandInput,
  type ListRealtimeContactAnalysisSegmentsV2CommandOutput,
} from "@aws-sdk/client-connect";
import { HttpResponse } from "@smithy/protocol-http";
import type { HttpHandlerOptions, HttpRequest, HttpResponse as SmithyHttpResponse } from "@smithy/types";

/** The request the canned client sends; its contents do not matter, since the answer is canned. */
const REQUEST: ListRealtimeContactAnalysisSegmentsV2CommandInput = {
  InstanceId: "00000000-0000-0000-0000-000000000000",
  ContactId: "11111111-1111-1111-1111-111111111111",
  OutputType: "Raw",
  SegmentTypes: ["Transcript", "Categories", "Issues", "Event", "Attachments"],
};

export class CannedConnectClient {
  #body: Uint8Array | Readable = new Uint8Array();
  readonly #client: ConnectClient;

  constructor() {
    // The SDK warns on every client it builds that Node 20 support is ending; that is noise here.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
    const cannedHandler = {
      handle: async (
        _request: HttpRequest,
        _options?: HttpHandlerOptions,
      ): Promise<{ response: SmithyHttpResponse }> => ({
        response: new HttpResponse({
          statusCode: 200,
          headers: { "content-type": "application/json" },
          body: this.#body,
        }),
      }),
    };
    this.#client = new ConnectClient({
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
      requestHandler: cannedHandler,
      maxAttempts: 1,
    });
  }

  /** What AWS's SDK returns for a 200 response with this body (bytes, or a stream it reads to the end). */
  async decode(body: Uint8Array | Readable): Promise<ListRealtimeContactAnalysisSegmentsV2CommandOutput> {
    this.#body = body;
    return this.#client.send(new ListRealtimeContactAnalysisSegmentsV2Command(REQUEST));
  }

  destroy(): void {
    this.#client.destroy();
  }
}
