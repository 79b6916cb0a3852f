// The fake under the fuzz benchmark, in a process of its own so that its memory is its own: it serves a fake with
// the demo played out, reports its port, and on request reports its RSS and the longest stall of its event loop.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { serveFuzzTarget } from "../test/fuzz/target.js";

const server = await serveFuzzTarget();
const stalls = monitorEventLoopDelay({ resolution: 5 });
stalls.enable();

export interface ServerStats {
  rssBytes: number;
  heapUsedBytes: number;
  /** The longest the event loop was held since the last report, in milliseconds. */
  longestStallMs: number;
}

process.on("message", (message: string) => {
  if (message === "stats") {
    const memory = process.memoryUsage();
    const stats: ServerStats = {
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      longestStallMs: stalls.max / 1e6,
    };
    stalls.reset();
    process.send?.(stats);
  } else if (message === "stop") {
    stalls.disable();
    void server.close().then(() => process.exit(0));
  }
});
process.send?.({ port: server.port });
