#!/usr/bin/env node
// The live demo behind `pnpm start`: the fake server plays its built-in `demo` chat, and `rtca follow` shows the
// conversation as it happens, with personal data redacted, until the chat completes. Both then exit by themselves.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const fakeBin = `${root}packages/fake-server/bin/rtca-fake.js`;
const rtcaBin = `${root}packages/client/bin/rtca.js`;
/** How long the fake may take to exit once the conversation is over before the demo gives up on it. */
const FAKE_EXIT_GRACE_MS = 20_000;
/** A request names at most six kinds: the demo shows the two newest (the values picked out of the chat and the
 * post-contact summary) rather than the participants joining and leaving. */
const DEMO_SEGMENT_TYPES = "Transcript,Categories,Issues,Attachments,ExtractedInformation,PostContactSummary";

function fail(message) {
  process.stderr.write(`demo: ${message}\n`);
  process.exitCode = 1;
}

function exited(child) {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1))));
}

const fake = spawn(process.execPath, [fakeBin, "serve", "--scenario", "demo", "--exit-when-done", "--quiet"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const fakeExit = exited(fake);
let follow;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    follow?.kill(signal);
    fake.kill(signal);
  });
}

// The fake prints its URL first, then one line per contact of the scenario.
const lines = createInterface({ input: fake.stdout });
const header = await new Promise((resolve) => {
  const seen = [];
  lines.on("line", (line) => {
    seen.push(line);
    if (line.startsWith("contact ")) resolve(seen);
  });
  fakeExit.then(() => resolve(seen));
});
const url = header.find((l) => /^https?:\/\//.test(l));
const contact = header.find((l) => l.startsWith("contact "));
const field = (name) => new RegExp(`${name}=(\\S+)`).exec(contact ?? "")?.[1];

if (!url || !field("instanceId") || !field("contactId")) {
  fail(`the fake server did not announce its URL and contact (it printed: ${JSON.stringify(header)})`);
  fake.kill("SIGTERM");
} else {
  process.stdout.write(`Fake Amazon Connect at ${url}, playing the "demo" chat. Following it, redacted:\n\n`);
  const target = ["--endpoint", url, "--instance", field("instanceId"), "--contact", field("contactId")];
  follow = spawn(
    process.execPath,
    [rtcaBin, "follow", ...target, "--output", "redacted", "--types", DEMO_SEGMENT_TYPES, "--wait-for-summary"],
    {
      stdio: "inherit",
    },
  );
  const followCode = await exited(follow);
  const timer = setTimeout(() => {
    fail("the fake server did not exit after the conversation ended; stopping it");
    fake.kill("SIGTERM");
  }, FAKE_EXIT_GRACE_MS);
  const fakeCode = await fakeExit;
  clearTimeout(timer);
  if (followCode !== 0) fail(`rtca follow exited with ${followCode}`);
  else if (fakeCode !== 0 && process.exitCode === undefined) fail(`the fake server exited with ${fakeCode}`);
}
