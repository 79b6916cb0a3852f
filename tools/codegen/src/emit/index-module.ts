// Emits index.ts: what a generated package exports from its main entry. Arbitraries stay out of it, so that a
// production bundle never pulls in fast-check.

export function emitIndex(header: string, modules: readonly string[]): string {
  const lines = [header];
  for (const m of modules) if (m !== "arbitraries" && m !== "index") lines.push(`export * from "./${m}.js";`);
  return `${lines.join("\n")}\n`;
}
