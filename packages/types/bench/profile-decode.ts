// A steady loop of our decoder over an already parsed page, to find what is hot in the generated codecs:
//   PROFILE_SEGMENTS=100 PROFILE_SECONDS=5 node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-decode.ts
import {
  decodeListRealtimeContactAnalysisSegmentsV2Response,
  encodeListRealtimeContactAnalysisSegmentsV2Response,
} from "../src/index.js";
import { realisticPage } from "./realistic-page.js";

const SEGMENTS = Number(process.env.PROFILE_SEGMENTS ?? 100);
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);

const text = JSON.stringify(encodeListRealtimeContactAnalysisSegmentsV2Response(realisticPage(SEGMENTS)));
const parsed: unknown = JSON.parse(text);

let sink: unknown;
let runs = 0;
const until = performance.now() + SECONDS * 1000;
while (performance.now() < until) {
  for (let i = 0; i < 100; i++) sink = decodeListRealtimeContactAnalysisSegmentsV2Response(parsed);
  runs += 100;
}
const perRun = (SECONDS * 1e6) / runs;
if (sink === undefined) throw new Error("nothing decoded");
console.log(`${runs} decodes of a ${SEGMENTS}-segment page (already parsed): ${perRun.toFixed(1)} µs each`);
