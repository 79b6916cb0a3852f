// Keeps count of the open connections and of the requests each is answering, so that shutdown can close every idle
// connection at once (including those that never sent a request, which node's closeIdleConnections leaves alone)
// and close the busy ones as soon as their answer is out.
import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";

const IN_FLIGHT = Symbol("requestsInFlight");
type CountedSocket = Socket & { [IN_FLIGHT]?: number };

export class Connections {
  readonly #sockets = new Set<CountedSocket>();
  #closing = false;
  /** Bound once: a listener made per request would cost more than the counting. */
  readonly responseClosed: (this: ServerResponse) => void;

  constructor() {
    const connections = this;
    this.responseClosed = function (this: ServerResponse) {
      // A request whose connection broke while its body was still coming in has no socket left to count on.
      const socket = this.req.socket as CountedSocket | null;
      if (socket !== null) connections.#requestDone(socket);
    };
  }

  get closing(): boolean {
    return this.#closing;
  }

  get size(): number {
    return this.#sockets.size;
  }

  add(socket: Socket): void {
    this.#sockets.add(socket);
    socket.once("close", () => this.#sockets.delete(socket));
  }

  /** A request has arrived on the socket; its answer is not out yet. */
  requestStarted(socket: Socket): void {
    const counted = socket as CountedSocket;
    counted[IN_FLIGHT] = (counted[IN_FLIGHT] ?? 0) + 1;
  }

  /** From now on: closes every connection with no request in flight, and each other one once its answers are out. */
  closeIdle(): void {
    this.#closing = true;
    for (const socket of this.#sockets) if ((socket[IN_FLIGHT] ?? 0) === 0) socket.destroy();
  }

  destroyAll(): void {
    for (const socket of this.#sockets) socket.destroy();
  }

  #requestDone(socket: CountedSocket): void {
    const left = (socket[IN_FLIGHT] ?? 1) - 1;
    socket[IN_FLIGHT] = left;
    if (this.#closing && left === 0) socket.end();
  }
}
