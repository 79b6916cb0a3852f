// Speaking HTTP by hand over a socket, for tests of what sits below the request handler.
import { connect, type Socket } from "node:net";
import { expect } from "vitest";

export interface RawAnswer {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

/** Reads the first HTTP answer out of the bytes a server wrote. */
export function parseAnswer(bytes: string): RawAnswer {
  const end = bytes.indexOf("\r\n\r\n");
  if (end < 0) throw new Error(`no complete answer in ${JSON.stringify(bytes.slice(0, 200))}`);
  const [statusLine, ...lines] = bytes.slice(0, end).split("\r\n");
  const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine ?? "")?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers["content-length"] ?? 0);
  return { status, headers, body: bytes.slice(end + 4, end + 4 + length) };
}

/** Opens a connection to the server on 127.0.0.1. */
export function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Everything the server writes to the socket until it closes it (resets included). */
export function collectUntilClosed(socket: Socket): Promise<{ bytes: string; reset: boolean }> {
  return new Promise((resolve) => {
    let bytes = "";
    let reset = false;
    socket.on("data", (chunk) => {
      bytes += chunk.toString("latin1");
    });
    socket.on("error", () => {
      reset = true;
    });
    socket.on("close", () => resolve({ bytes, reset }));
  });
}

/** Sends the bytes on a fresh connection and resolves with everything the server wrote back before closing. */
export async function exchange(port: number, bytes: string | Buffer): Promise<string> {
  const socket = await open(port);
  const answer = collectUntilClosed(socket);
  socket.write(bytes);
  return (await answer).bytes;
}

/** Checks that the answer is a well-formed AWS error (type in X-Amzn-ErrorType, a request id, a JSON body with a message); returns the body. */
export function expectAwsError(answer: RawAnswer, status: number, errorType: string): Record<string, unknown> {
  expect({ status: answer.status, errorType: answer.headers["x-amzn-errortype"] }).toEqual({ status, errorType });
  expect(answer.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(answer.headers["content-type"]).toBe("application/json");
  const body = JSON.parse(answer.body) as Record<string, unknown>;
  expect(body["message"]).toEqual(expect.stringMatching(/./));
  expect(body["Message"]).toBe(body["message"]);
  return body;
}
