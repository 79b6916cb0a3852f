// A node:http server on 127.0.0.1, port 0, that records its connections so tests can see sockets close.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

export interface TestServer {
  url: string;
  server: Server;
  connections: Socket[];
  /** Resolves when every connection opened so far has closed. */
  allClosed(): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(
  handle: (request: IncomingMessage, response: ServerResponse, body: string) => void,
): Promise<TestServer> {
  const connections: Socket[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => handle(request, response, body));
  });
  server.on("connection", (socket) => connections.push(socket));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    connections,
    // A client that destroys its socket mid-answer makes the server's side fail with ECONNRESET before it closes:
    // that is the expected way to close here, so wait for "close" alone (events.once would reject on "error").
    allClosed: () =>
      Promise.all(
        connections.map((s) =>
          s.destroyed ? undefined : new Promise<void>((resolve) => s.once("close", () => resolve())),
        ),
      ).then(() => {}),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
