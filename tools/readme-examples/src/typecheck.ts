// Typechecks files with the compiler options of a tsconfig, and gives each problem as "where: message".
import ts from "typescript";

export function typecheckFiles(
  files: readonly string[],
  tsconfigPath: string,
  label: (file: string) => string,
): string[] {
  const config = ts.readConfigFile(tsconfigPath, (path) => ts.sys.readFile(path));
  if (config.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, tsconfigPath.replace(/[^/]+$/, ""));
  const program = ts.createProgram(files, { ...options, noEmit: true });
  // Only the files asked about: the packages they import are checked by their own typecheck.
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((file) => {
      const source = program.getSourceFile(file);
      if (source === undefined) throw new Error(`${label(file)}: not found by the compiler`);
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    }),
  ];
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${label(diagnostic.file.fileName)} (line ${line + 1} of the block): ${message}`;
  });
}
