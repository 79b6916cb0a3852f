import autocannon from "autocannon";
import { BODY, HEADERS, PATH } from "./bench/fixture.js";

const r = await autocannon({
  url: `http://127.0.0.1:${process.argv[2]}${PATH}`,
  method: "POST",
  headers: HEADERS,
  body: BODY,
  connections: Number(process.argv[3] ?? 10),
  duration: 5,
});
console.log(r.requests.average, r.non2xx, r.latency.p50, r.latency.p99);
