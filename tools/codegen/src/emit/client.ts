// Emits client.ts for a client package: the service's client class with one method per operation, a command class
// per operation for `send` (AWS's SDK style) on a base client that knows no operation, so that a bundle pays only
// for the commands it uses, an exception class per modelled error over a base class, and a paginator per
// @paginated operation. The HTTP work is done by the client package's hand-written runtime; this file only ties
// the model's operations to it.
import { eventStreamMember } from "../event-streams.js";
import { errorsWithHeaders, type OperationView, operationsOf } from "../http-bindings.js";
import type { ModelView } from "../model-view.js";
import { ERROR_PROPERTIES } from "../reserved-names.js";
import { requiresLength, streamingBlobMember } from "../streaming-blobs.js";
import { CodeWriter, propertyKey } from "../writer.js";
import { eventStreamBindingName, eventStreamErrors } from "./event-stream-bindings.js";
import { methodName, sdkName } from "./naming.js";
import { bodyMedia } from "./protocol.js";

export interface ClientImports {
  /** Where the service's generated types, codecs and protocol come from. */
  types: string;
  /** Where the client runtime comes from. */
  runtime: string;
}

export function emitClient(view: ModelView, header: string, imports: ClientImports): string {
  const operations = operationsOf(view);
  const service = view.serviceId.split("#")[1]!;
  const sdk = sdkName(view);
  const base = `${sdk}ServiceException`;
  const clientName = `${sdk}Client`;
  const baseClientName = `${sdk}BaseClient`;
  const serviceBrand = JSON.stringify(sdk);
  // The errors an event stream may send are thrown as their exception classes too.
  const errors = [...new Set([...operations.flatMap((o) => o.errors), ...eventStreamErrors(view, operations)])]
    .map((id) => view.index.expect(id))
    .sort((a, b) => (view.nameOf(a.id) < view.nameOf(b.id) ? -1 : 1));
  const w = new CodeWriter();
  w.line(header);
  w.line(`import * as types from ${JSON.stringify(imports.types)};`);
  const bearer = view.index.expect(view.serviceId).traits?.["smithy.api#httpBearerAuth"] !== undefined;
  w.line("import {");
  if (bearer) w.line("  type BearerTokenConfig,");
  w.line("  type CallOptions,");
  w.line("  type ClientConfig,");
  w.line("  Command,");
  // Imported only where an operation needs them, so that other clients' bundles leave them out.
  const compressed = operations.some((op) => view.index.expect(op.id).traits?.["smithy.api#requestCompression"]);
  // Glacier's SDK customizations: the checksums of every request with a payload, and an account id left out or
  // empty meaning the caller's own account ("-").
  const glacier = sdkName(view) === "Glacier";
  const glacierChecksums = (op: OperationView) => glacier && op.inputMembers.some((m) => m.binding.kind === "payload");
  if (operations.some(glacierChecksums)) w.line("  addGlacierChecksums,");
  if (compressed) w.line("  compressRequest,");
  w.line("  type ErrorContext,");
  const eventStreams = operations.some((op) => eventStreamMember(op.outputMembers));
  const blobsOut = operations.some((op) => streamingBlobMember(op.outputMembers));
  const blobsIn = operations.some((op) => streamingBlobMember(op.inputMembers));
  const eventsIn = operations.some((op) => eventStreamMember(op.inputMembers));
  // A service that streams bodies builds on the client that reads and sends them as they come.
  const streaming = eventStreams || blobsOut || blobsIn || eventsIn;
  if (eventsIn) w.line("  eventStreamRequest,");
  if (eventStreams) w.line("  eventStreamResponse,");
  w.line("  type OperationSpec,");
  w.line("  type PaginationConfig,");
  w.line("  paginate,");
  const wholeBlobOut = (op: OperationView) =>
    bodyMedia(op.outputMembers).kind === "blob" && !streamingBlobMember(op.outputMembers);
  if (operations.some(wholeBlobOut)) w.line("  readBodyBytes,");
  if (blobsIn) w.line("  sendStreamedBody,");
  if (!streaming) w.line("  ServiceClient,");
  w.line("  ServiceException,");
  if (blobsOut) w.line("  streamingBlobResponse,");
  if (streaming) w.line("  StreamingServiceClient,");
  if (eventStreams || blobsOut) w.line("  unreadBody,");
  w.line("  type WithMetadata,");
  w.line(`} from ${JSON.stringify(imports.runtime)};`);
  w.line();
  w.doc(
    `The base class of every error ${clientName} throws: modelled errors are subclasses, others are this class with the error code as name.`,
  );
  w.line(`export class ${base} extends ServiceException {}`);

  for (const error of errors) {
    const name = view.nameOf(error.id);
    const fault = error.traits?.["smithy.api#error"] === "server" ? "server" : "client";
    const retryable = error.traits?.["smithy.api#retryable"] as { throttling?: boolean } | undefined;
    const members = view.members(error.id);
    // A member named like a property every Error has (message, name, stack, cause) is kept as `<name>_`.
    const clashing = members.filter((m) => ERROR_PROPERTIES.has(m.name));
    w.line();
    w.doc(view.documentation(error));
    w.block(`export class ${name} extends ${base} {`, () => {
      if (retryable !== undefined) {
        w.line(`override readonly $retryable = ${retryable.throttling === true ? "{ throttling: true }" : "{}"};`);
      }
      for (const m of members) {
        const property = ERROR_PROPERTIES.has(m.name) ? `${m.name}_` : m.name;
        w.line(`declare readonly ${propertyKey(property)}?: types.${name}[${JSON.stringify(m.name)}];`);
      }
      w.block("constructor(context: ErrorContext) {", () => {
        w.line(`super(${JSON.stringify(view.modelNameOf(error.id))}, ${JSON.stringify(fault)}, context);`);
        for (const m of clashing) {
          w.line(
            `if (context.data[${JSON.stringify(m.name)}] !== undefined) Object.assign(this, { ${m.name}_: context.data[${JSON.stringify(m.name)}] });`,
          );
        }
      });
    });
  }

  w.line();
  w.doc("Exception classes by the error name that travels on the wire.");
  w.block(
    `const exceptions = {`,
    () => {
      for (const error of errors) {
        const [wire, name] = [view.modelNameOf(error.id), view.nameOf(error.id)];
        w.line(wire === name ? `${name},` : `${propertyKey(wire)}: ${name},`);
      }
    },
    "} as const;",
  );
  w.line();
  // Only the decoders: the service's error table also holds the encoders a server needs, which a client (and
  // its browser bundle) has no use for.
  w.doc("Decoders of the modelled errors' members, by the error name that travels on the wire.");
  w.block(
    `const errorDecoders = {`,
    () => {
      const withHeaders = new Set(errorsWithHeaders(view));
      for (const error of errors) {
        // An error with members in headers has a decoder that reads them too.
        const decoder = withHeaders.has(error.id) ? "deserialize" : "decode";
        w.line(`${propertyKey(view.modelNameOf(error.id))}: types.${decoder}${view.nameOf(error.id)},`);
      }
    },
    "} as const;",
  );

  for (const op of operations) {
    const input = op.input ? `types.${view.nameOf(op.input)}` : "Record<string, never>";
    const output = outputTypeOf(view, op);
    // Only what the runtime reads: the operation's whole description (${op.name}Operation) also lists its errors,
    // status and required members, which a client's bundle would carry for nothing.
    // The account id is filled in before the input is checked and encoded, so it is not a label the caller must give.
    const accountId = glacier && op.inputMembers.some((m) => m.name === "accountId");
    const fill = (call: string) =>
      accountId ? call.replace("(input", '(input.accountId ? input : { ...input, accountId: "-" }') : call;
    const labels = op.inputMembers
      .filter((m) => m.binding.kind === "label" && !(accountId && m.name === "accountId"))
      .map((m) => JSON.stringify(m.name));
    w.line();
    w.block(
      `const ${op.name}Spec: OperationSpec<${input}, ${output}> = {`,
      () => {
        w.line(`name: ${JSON.stringify(op.name)},`);
        w.line(`labels: [${labels.join(", ")}],`);
        if (op.paginated) w.line(`paginated: ${JSON.stringify(op.paginated)},`);
        if (wholeBlobOut(op)) w.line("readResponseBody: readBodyBytes,");
        const stream = eventStreamMember(op.outputMembers);
        if (stream) {
          const events = `types.${eventStreamBindingName(view, stream.target)}`;
          w.line("readResponseBody: unreadBody,");
          w.line(`responseStream: eventStreamResponse(${JSON.stringify(stream.name)}, ${events}),`);
        }
        const blobOut = streamingBlobMember(op.outputMembers);
        if (blobOut) {
          w.line("readResponseBody: unreadBody,");
          w.line(`responseStream: streamingBlobResponse(${JSON.stringify(blobOut.name)}),`);
        }
        const eventsIn = eventStreamMember(op.inputMembers);
        if (eventsIn) {
          const events = `types.${eventStreamBindingName(view, eventsIn.target)}`;
          w.line(`requestEvents: eventStreamRequest(${JSON.stringify(eventsIn.name)}, ${events}),`);
        }
        const blobIn = streamingBlobMember(op.inputMembers);
        if (blobIn) {
          const length = requiresLength(blobIn) ? ", requiresLength: true" : "";
          w.line(`requestStream: { member: ${JSON.stringify(blobIn.name)}${length} },`);
        }
        const compression = view.index.expect(op.id).traits?.["smithy.api#requestCompression"] as
          | { encodings?: string[] }
          | undefined;
        const compress = compression?.encodings
          ? `compressRequest(parts, ${JSON.stringify(compression.encodings)}, minBytes)`
          : undefined;
        // Each step takes the parts the last one gave; compression and checksums act on whole bodies only, so a
        // streaming blob given as chunks passes them unchanged and is then handed to the platform's sender.
        let finish: string | undefined = compress;
        if (glacierChecksums(op)) finish = `addGlacierChecksums(${finish === undefined ? "parts" : `await ${finish}`})`;
        if (blobIn) finish = `sendStreamedBody(${finish === undefined ? "parts" : `await ${finish}`})`;
        if (finish === "addGlacierChecksums(parts)") w.line("finishRequest: addGlacierChecksums,");
        else if (finish === "sendStreamedBody(parts)") w.line("finishRequest: sendStreamedBody,");
        else if (finish !== undefined) {
          const async = finish.includes("await ") ? "async " : "";
          w.line(`finishRequest: ${async}(parts, minBytes) => ${finish},`);
        }
        w.line(
          accountId
            ? `serializeRequest: (input) => types.serialize${op.name}Request${fill("(input)")},`
            : `serializeRequest: types.serialize${op.name}Request,`,
        );
        // The runtime turns a streaming blob's unread body into the stream the output type names.
        w.line(
          blobOut
            ? `deserializeResponse: (response) => types.deserialize${op.name}Response(response) as ${output},`
            : `deserializeResponse: types.deserialize${op.name}Response,`,
        );
        w.line(
          op.input
            ? `validateInput: (input, out) => types.validate${view.nameOf(op.input)}${fill('(input, "", out)')},`
            : "validateInput: (_input, out) => out,",
        );
      },
      "};",
    );
  }

  w.line();
  w.doc(
    `${clientName} with \`send\` only: a program that builds this client and sends commands bundles only the operations of the commands it uses.`,
  );
  const serviceClient = streaming ? "StreamingServiceClient" : "ServiceClient";
  w.block(`export class ${baseClientName} extends ${serviceClient} {`, () => {
    w.block(`constructor(config: ClientConfig${bearer ? " & BearerTokenConfig" : ""} = {}) {`, () => {
      w.line(
        `super(config, { metadata: types.${service}Metadata, errors: errorDecoders, exceptions, baseException: ${base} });`,
      );
    });
    w.line();
    w.doc(
      "Sends a command, as AWS's SDK does: `client.send(new XCommand(input), { abortSignal })` is the call `client.x(input, { abortSignal })`.",
    );
    w.block(
      `send<Input, Output extends object>(command: Command<Input, Output, ${serviceBrand}>, options?: CallOptions): Promise<WithMetadata<Output>> {`,
      () => {
        w.line("return this.call(command.spec, command.input, options);");
      },
    );
  });

  w.line();
  w.doc(view.documentation(view.index.expect(view.serviceId)));
  w.block(`export class ${clientName} extends ${baseClientName} {`, () => {
    for (const [i, op] of operations.entries()) {
      const input = op.input ? `types.${view.nameOf(op.input)}` : "Record<string, never>";
      const output = outputTypeOf(view, op);
      const optionalInput = op.inputMembers.every((m) => !m.required) ? " = {}" : "";
      if (i > 0) w.line();
      w.doc(view.documentation(view.index.expect(op.id)));
      w.block(
        `${methodName(op.name)}(input: ${input}${optionalInput}, options?: CallOptions): Promise<WithMetadata<${output}>> {`,
        () => {
          w.line(`return this.call(${op.name}Spec, input, options);`);
        },
      );
    }
  });

  for (const op of operations) {
    const input = op.input ? `types.${view.nameOf(op.input)}` : "Record<string, never>";
    const output = outputTypeOf(view, op);
    const optionalInput = op.inputMembers.every((m) => !m.required) ? " = {}" : "";
    const command = `${op.name}Command`;
    w.line();
    w.line(`export type ${command}Input = ${input};`);
    w.line(`export type ${command}Output = WithMetadata<${output}>;`);
    w.line();
    w.doc(`${op.name} as a command, for \`${clientName}.send\` (or \`${baseClientName}.send\`).`);
    w.block(`export class ${command} extends Command<${input}, ${output}, ${serviceBrand}> {`, () => {
      w.block(`constructor(input: ${command}Input${optionalInput}) {`, () => {
        w.line(`super(input, ${op.name}Spec);`);
      });
    });
  }

  for (const op of operations.filter((o) => o.paginated)) {
    const input = op.input ? `types.${view.nameOf(op.input)}` : "Record<string, never>";
    const output = outputTypeOf(view, op);
    w.line();
    w.doc(
      `Reads every page of ${op.name}, following the pagination token until the service gives none (or, by default, repeats one).`,
    );
    w.block(
      `export function paginate${op.name}(config: PaginationConfig<${clientName}>, input: ${input}): AsyncGenerator<WithMetadata<${output}>, void, undefined> {`,
      () => {
        w.line(
          `return paginate(config, input, ${op.name}Spec, (client, pageInput, options) => client.${methodName(op.name)}(pageInput, options));`,
        );
      },
    );
  }
  return w.toString();
}

/** The output type a caller gets: a streaming blob member is the stream it reads as it arrives. */
function outputTypeOf(view: ModelView, op: OperationView): string {
  if (!op.output) return "Record<string, never>";
  const output = `types.${view.nameOf(op.output)}`;
  const blob = streamingBlobMember(op.outputMembers);
  if (!blob) return output;
  return `Omit<${output}, ${JSON.stringify(blob.name)}> & { ${propertyKey(blob.name)}: types.StreamingBlobPayload }`;
}
