// `pnpm bench` for @rtca/client: time per call against AWS's SDK, and browser bundle sizes, from one run.
// Goals: at least 3x faster per call; a bundle at most 1/8 of AWS's. The figures are printed, not asserted.

// AWS's SDK warns about Node 20 on every run; the warning says nothing about what is measured here.
process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";
const { measureBundles } = await import("./bundle.js");
const { measureCalls } = await import("./calls.js");

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const calls = await measureCalls();
console.log("ListRealtimeContactAnalysisSegmentsV2, one call through a canned handler, SigV4 signing on (median µs):");
for (const { segments, oursMicros, awsMicros } of calls) {
  const ratio = awsMicros / oursMicros;
  console.log(
    `  ${String(segments).padStart(3)} segments: ours ${oursMicros.toFixed(1)} µs, AWS SDK ${awsMicros.toFixed(1)} µs: ours is ${ratio.toFixed(2)}x faster (goal 3x) ${ratio >= 3 ? "✓" : "✗"}`,
  );
}

const { ours, oursCommand, aws } = await measureBundles();
const share = ours.bytes / aws.bytes;
console.log("\nBrowser bundle of a program making that call (esbuild, minified):");
console.log(
  `  ours ${kb(ours.bytes)} (${kb(ours.gzipBytes)} gzipped), AWS SDK ${kb(aws.bytes)} (${kb(aws.gzipBytes)} gzipped)`,
);
console.log(
  `  ours is ${(share * 100).toFixed(1)}% of AWS's, 1/${(1 / share).toFixed(1)} (goal at most 1/8) ${share <= 1 / 8 ? "✓" : "✗"}`,
);
console.log(
  `  ours with send(command): ${kb(oursCommand.bytes)} (${kb(oursCommand.gzipBytes)} gzipped), 1/${(aws.bytes / oursCommand.bytes).toFixed(1)} of AWS's`,
);
console.log(
  `  ours by origin: ${Object.entries(ours.byOrigin)
    .sort((a, b) => b[1] - a[1])
    .map(([origin, bytes]) => `${origin} ${kb(bytes)}`)
    .join(", ")}`,
);
console.log("  largest parts of ours:");
for (const input of ours.largest) console.log(`    ${kb(input.bytes).padStart(8)}  ${input.path}`);
