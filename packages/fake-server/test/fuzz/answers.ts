// Reads the answers a server wrote on a connection and says what, if anything, is wrong with them: every answer
// must be a success or a well-formed AWS error (type in X-Amzn-ErrorType, a request id, a JSON body with a
// message), framed by its Content-Length.

export interface Answer {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** An answer to HEAD, which has no body to check. */
  readonly bodyless: boolean;
}

/** Splits the bytes into answers; `headOnlyFirst` when the first request was a HEAD (its answer has no body). */
export function splitAnswers(bytes: Buffer, headOnlyFirst: boolean): { answers: Answer[]; problem?: string } {
  const answers: Answer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf("\r\n\r\n", at);
    if (end < 0) {
      return { answers, problem: `an answer is cut off: ${JSON.stringify(bytes.toString("latin1", at, at + 120))}` };
    }
    const [statusLine = "", ...lines] = bytes.toString("latin1", at, end).split("\r\n");
    const match = /^HTTP\/1\.1 (\d{3}) [^\r\n]*$/.exec(statusLine);
    if (match === null) return { answers, problem: `not a status line: ${JSON.stringify(statusLine.slice(0, 120))}` };
    const status = Number(match[1]);
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(":");
      if (colon <= 0) return { answers, problem: `not a header line: ${JSON.stringify(line.slice(0, 120))}` };
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    at = end + 4;
    if (status === 100) continue;
    const declared = Number(headers["content-length"] ?? "NaN");
    // An answer to HEAD has no body; but an error written below the handler, where the method may not be known,
    // carries its body and closes the connection, so it can only be the last thing on it.
    const headAnswer =
      headOnlyFirst && answers.length === 0 && !(headers["connection"] === "close" && at + declared === bytes.length);
    const length = status === 204 || status === 304 || headAnswer ? 0 : declared;
    if (!Number.isInteger(length)) return { answers, problem: `answer ${status} has no Content-Length` };
    if (at + length > bytes.length) return { answers, problem: `answer ${status} is shorter than its Content-Length` };
    answers.push({ status, headers, body: bytes.toString("utf8", at, at + length), bodyless: headAnswer });
    at += length;
  }
  return { answers };
}

/** What is wrong with an answer, or undefined when it is a success or a well-formed AWS error. */
export function answerProblem(answer: Answer): string | undefined {
  const { status, headers, body, bodyless } = answer;
  if (status === 500) return `a 500: ${body}`;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(headers["x-amzn-requestid"] ?? "")) {
    return `answer ${status} has no request id`;
  }
  if (status < 400) {
    if (status >= 300 || status < 200) return `unexpected status ${status}`;
    if (!bodyless && body !== "" && !isJson(body)) return `success ${status} with a body that is not JSON`;
    return undefined;
  }
  const errorType = headers["x-amzn-errortype"];
  if (errorType === undefined || !/^[A-Za-z]+$/.test(errorType)) return `error ${status} without X-Amzn-ErrorType`;
  if (headers["content-type"] !== "application/json") return `error ${status} ${errorType} is not JSON`;
  if (bodyless) return undefined;
  const parsed = parse(body);
  if (parsed === undefined) return `error ${status} ${errorType} has a body that is not JSON: ${body.slice(0, 120)}`;
  const message = parsed["message"] ?? parsed["Message"];
  if (typeof message !== "string" || message === "") return `error ${status} ${errorType} has no message`;
  return undefined;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function parse(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
