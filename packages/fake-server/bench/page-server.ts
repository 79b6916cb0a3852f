// A server for the benchmark, in its own process so that the load generator does not share its event loop:
// `fake` serves the fake; `bare` is a bare node:http server answering every request with the fake's bytes.
// Prints the URL, then serves until stdin closes. Each line read on stdin is answered with one line on stdout: the
// CPU time the process has used so far, in microseconds (user and system), so that the benchmark can work out
// what a request costs the server, not only how many it answers.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { serve } from "../src/index.js";
import { benchFake, pageAnswer } from "./fixture.js";

const kind = process.argv[2];
const fake = benchFake();
let close: () => Promise<void>;
let url: string;

if (kind === "fake") {
  const server = await serve(fake.handle);
  url = server.url;
  close = () => server.close();
} else if (kind === "bare") {
  const answer = await pageAnswer(fake);
  const bytes = Buffer.from(answer.body);
  const headers = { ...answer.headers, "content-length": String(bytes.length) };
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, headers);
      res.end(bytes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
} else {
  throw new Error(`usage: page-server.ts fake|bare, got ${kind}`);
}

process.stdout.write(`${url}\n`);
const commands = createInterface({ input: process.stdin });
commands.on("line", () => {
  const used = process.cpuUsage();
  process.stdout.write(`${used.user + used.system}\n`);
});
commands.on("close", () => void close().then(() => process.exit(0)));
