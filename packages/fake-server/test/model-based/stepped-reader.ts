// A reader that pages through a contact with @rtca/client's paginator, one page per step. When the paginator
// stops at the live edge (the same token again) it starts a new one from the last token on its next step; it can
// also go back to any token it was given and read on from there, as a client that saved a token would. When the
// client gives up on an injected fault, the next step reads the page again.
import {
  type ConnectClient,
  type ListRealtimeContactAnalysisSegmentsV2Request,
  type ListRealtimeContactAnalysisSegmentsV2Response,
  paginateListRealtimeContactAnalysisSegmentsV2,
  ServiceException,
} from "@rtca/client";
import { keyOfSegment } from "./segment-keys.js";

type Input = Omit<ListRealtimeContactAnalysisSegmentsV2Request, "NextToken" | "MaxResults">;

export class SteppedReader {
  /** The keys of the segments read, in order; going back to a token drops what was read after it. */
  readonly seen: string[] = [];
  /** Every token given so far (since the last going back), with how many segments had been read before it. */
  readonly tokens: { token: string; seen: number }[] = [];
  readToEnd = false;
  readonly #client: ConnectClient;
  readonly #input: Input;
  readonly #pageSize: number;
  #pages: AsyncGenerator<ListRealtimeContactAnalysisSegmentsV2Response, void> | undefined;
  #lastToken: string | undefined;

  constructor(client: ConnectClient, input: Input, pageSize: number) {
    this.#client = client;
    this.#input = input;
    this.#pageSize = pageSize;
  }

  /** Reads one page, unless the contact has been read to its end. */
  async step(): Promise<void> {
    if (this.readToEnd) return;
    this.#pages ??= paginateListRealtimeContactAnalysisSegmentsV2(
      { client: this.#client, pageSize: this.#pageSize, startingToken: this.#lastToken },
      this.#input,
    );
    let next: IteratorResult<ListRealtimeContactAnalysisSegmentsV2Response, void>;
    try {
      next = await this.#pages.next();
    } catch (error) {
      // A fault the test injected outlasted the client's retries: read the page again from the last token.
      if (!isInjectedFault(error)) throw error;
      this.#pages = undefined;
      return;
    }
    if (next.done === true) {
      // Stopped on a repeated token: the live edge. The next step resumes from it.
      this.#pages = undefined;
      return;
    }
    for (const segment of next.value.Segments) this.seen.push(keyOfSegment(segment));
    const token = next.value.NextToken;
    if (token === undefined || token === "") {
      this.readToEnd = true;
      this.#pages = undefined;
      return;
    }
    this.#lastToken = token;
    this.tokens.push({ token, seen: this.seen.length });
  }

  /** Goes back to the `choice`-th token given (modulo their number) and reads on from there. */
  goBack(choice: number): void {
    if (this.tokens.length === 0) return;
    const index = choice % this.tokens.length;
    const saved = this.tokens[index]!;
    this.tokens.length = index + 1;
    this.seen.length = saved.seen;
    this.#lastToken = saved.token;
    this.readToEnd = false;
    this.#pages = undefined;
  }
}

function isInjectedFault(error: unknown): boolean {
  return error instanceof ServiceException && error.message.startsWith("Injected fault");
}
