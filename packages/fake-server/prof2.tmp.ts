import { HttpRequest } from "@smithy/protocol-http";
import { BODY, benchFake, HEADERS, PATH } from "./bench/fixture.js";

const fake = benchFake();
const body = Buffer.from(BODY);
const req = () =>
  new HttpRequest({
    method: "POST",
    hostname: "localhost",
    path: PATH,
    headers: { host: "localhost", ...HEADERS },
    body,
  });
for (let i = 0; i < 5000; i++) await fake.handle(req());
const t = performance.now();
for (let i = 0; i < 100000; i++) await fake.handle(req());
console.log((((performance.now() - t) / 100000) * 1000).toFixed(2), "µs");
