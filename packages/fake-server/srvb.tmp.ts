import { createServer } from "node:http";
import { benchFake, pageAnswer } from "./bench/fixture.js";

const answer = await pageAnswer(benchFake());
const bytes = Buffer.from(answer.body);
const headers = { ...answer.headers, "content-length": String(bytes.length) };
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, headers);
    res.end(bytes);
  });
});
server.listen(47124, "127.0.0.1");
setTimeout(() => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
}, 9000);
