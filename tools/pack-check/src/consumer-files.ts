// The files of the throwaway consumer project: a package.json naming the tarballs, a TypeScript program that
// imports every entry point and reads a contact with the installed client, the tsconfigs it is checked under, and a
// CommonJS script that require()s every entry point.
import type { Packed } from "./pack.js";

export function consumerManifest(packed: readonly Packed[], extra: Record<string, string>): string {
  const tarballs = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  return JSON.stringify(
    {
      name: "rtca-consumer",
      private: true,
      type: "module",
      dependencies: { ...tarballs, ...extra },
      // The tarballs depend on each other by version: these keep npm on the local files, never the registry.
      overrides: tarballs,
    },
    null,
    2,
  );
}

export function consumerProgram(entries: readonly string[]): string {
  const imports = entries.map((spec, i) => `import * as entry${i} from "${spec}";`).join("\n");
  const table = entries.map((spec, i) => `  ${JSON.stringify(spec)}: entry${i},`).join("\n");
  return `${imports}
import { ConnectClient, type ListRealtimeContactAnalysisSegmentsV2Response } from "@rtca/client";

const entries: Record<string, object> = {
${table}
};
for (const [spec, module] of Object.entries(entries)) {
  if (Object.keys(module).length === 0) throw new Error(\`\${spec} exports nothing\`);
}

const [endpoint, instanceId, contactId] = process.argv.slice(2);
if (endpoint && instanceId && contactId) {
  const client = new ConnectClient({
    region: "us-east-1",
    endpoint,
    credentials: { accessKeyId: "AKIDPACKCHECK", secretAccessKey: "pack-check-secret" },
  });
  const page: ListRealtimeContactAnalysisSegmentsV2Response = await client.listRealtimeContactAnalysisSegmentsV2({
    InstanceId: instanceId,
    ContactId: contactId,
    OutputType: "Redacted",
    SegmentTypes: ["Transcript", "Categories", "Issues", "Event", "Attachments"],
  });
  client.destroy();
  console.log(JSON.stringify({ channel: page.Channel, status: page.Status, segments: page.Segments.length }));
} else {
  console.log(JSON.stringify({ entries: Object.keys(entries).length }));
}
`;
}

export function requireScript(entries: readonly string[]): string {
  return `"use strict";
for (const spec of ${JSON.stringify(entries)}) {
  const loaded = require(spec);
  if (Object.keys(loaded).length === 0) throw new Error(spec + " exports nothing through require()");
}
console.log("required", ${entries.length});
`;
}

export function tsconfig(resolution: "nodenext" | "bundler", typeRoot: string): string {
  // The nodenext build also checks the shipped declaration files themselves (a type imported from a package that
  // is not a dependency shows up there); the bundler one only checks what a consumer sees, which costs a third.
  const modes =
    resolution === "nodenext"
      ? { module: "nodenext", moduleResolution: "nodenext", outDir: "out", skipLibCheck: false }
      : { module: "esnext", moduleResolution: "bundler", noEmit: true, skipLibCheck: true };
  return JSON.stringify(
    {
      compilerOptions: {
        ...modes,
        target: "es2022",
        lib: ["es2023"],
        strict: true,
        types: ["node"],
        typeRoots: [typeRoot],
      },
      files: ["consumer.ts"],
    },
    null,
    2,
  );
}

/** A model small enough to generate in a moment, to prove the installed generator finds its templates and the
 * trait definitions it bundles (aws.protocols#restJson1). */
export const TINY_MODEL: Record<string, string> = {
  "echo.smithy": `$version: "2"
namespace example.packcheck

use aws.protocols#restJson1

@restJson1
service Echo {
    version: "2024-01-01"
    operations: [Say]
}

@http(method: "POST", uri: "/say")
operation Say {
    input := {
        @required
        text: String
    }
    output := {
        text: String
    }
}
`,
};
