// Emits index.ts: what a generated package exports from its main entry. Arbitraries stay out of it, so that a
// production bundle never pulls in fast-check; so do the client and the server, which import the index themselves.

const LEFT_OUT = new Set(["arbitraries", "index", "client", "server"]);

export function emitIndex(header: string, modules: readonly string[]): string {
  const lines = [header];
  for (const m of modules) if (!LEFT_OUT.has(m)) lines.push(`export * from "./${m}.js";`);
  return `${lines.join("\n")}\n`;
}
