// Emits server.ts for a server package: the typed interface a service's behaviour implements (one method per
// operation), the table that ties each operation to its generated bindings, and a factory that hands both to the
// server package's hand-written restJson1 dispatcher.
import { operationsOf } from "../http-bindings.js";
import type { ModelView } from "../model-view.js";
import { streamingBlobMember } from "../streaming-blobs.js";
import { CodeWriter, propertyKey } from "../writer.js";

export interface ServerImports {
  types: string;
  runtime: string;
}

export function emitServer(view: ModelView, header: string, imports: ServerImports): string {
  const operations = operationsOf(view);
  const service = view.serviceId.split("#")[1]!;
  const w = new CodeWriter();
  w.line(header);
  w.line(`import * as types from ${JSON.stringify(imports.types)};`);
  // A namespace import, so that no service name (`RestJson` gives `createRestJsonHandler`) can shadow a runtime export.
  w.line(`import * as runtime from ${JSON.stringify(imports.runtime)};`);
  w.line();
  w.doc(`The behaviour of ${service}: one method per operation. Throw a ServiceError to answer with a modelled error.`);
  w.block(`export interface ${service}Handlers<Context = void> {`, () => {
    for (const op of operations) {
      let input = op.input ? `types.${view.nameOf(op.input)}` : "Record<string, never>";
      // A streaming blob arrives as the stream the behaviour reads as it comes.
      const blob = streamingBlobMember(op.inputMembers);
      if (blob)
        input = `Omit<${input}, ${JSON.stringify(blob.name)}> & { ${propertyKey(blob.name)}: types.StreamingBlobPayload }`;
      const output = op.output ? `types.${view.nameOf(op.output)}` : "Record<string, never>";
      w.doc(view.documentation(view.index.expect(op.id)));
      w.line(`${op.name}(input: ${input}, context: Context): Promise<${output}> | ${output};`);
    }
  });
  w.line();
  w.doc("Each operation's route, bindings and checks, by name.");
  w.block(
    `export const ${service}OperationTable: runtime.OperationTable = {`,
    () => {
      for (const op of operations) {
        w.block(
          `${op.name}: {`,
          () => {
            w.line(`...types.${op.name}Operation,`);
            w.line(`deserializeRequest: types.deserialize${op.name}Request,`);
            w.line(`serializeResponse: (output) => types.serialize${op.name}Response(output as never),`);
            w.line(
              op.input
                ? `validateInput: (input, out) => types.validate${view.nameOf(op.input)}(input as types.${view.nameOf(op.input)}, "", out),`
                : "validateInput: (_input, out) => out,",
            );
          },
          "},",
        );
      }
    },
    "};",
  );
  w.line();
  w.doc(
    `A request handler for ${service}: routing, strict input decoding and checks, and error encoding around the given behaviour.`,
  );
  w.block(
    `export function create${service}Handler<Context = void>(handlers: ${service}Handlers<Context>, options: runtime.ServerOptions<Context>): runtime.RequestHandler<Context> {`,
    () => {
      w.block(
        "return runtime.createRestJsonHandler(",
        () => {
          w.line("{");
          w.line(`  service: types.${service}Metadata,`);
          w.line(`  routes: types.${service}Routes,`);
          w.line(`  operations: ${service}OperationTable,`);
          w.line(`  errors: types.${service}Errors,`);
          const framework = operations
            .flatMap((o) => o.errors)
            .find((e) => e === "smithy.framework#ValidationException");
          if (framework) w.line(`  validationException: ${JSON.stringify(view.nameOf(framework))},`);
          w.line("  handlers: handlers as never,");
          w.line("},");
          w.line("options,");
        },
        ");",
      );
    },
  );
  return w.toString();
}
