// A command: one operation's input, to hand to a client's `send`, as AWS's SDK has it. Each generated command
// carries only its own operation's spec, so a program that sends one command bundles no other operation.
import type { OperationSpec } from "./operation.js";

export class Command<Input, Output extends object, Service extends string> {
  readonly input: Input;
  /** How the runtime sends this operation. */
  readonly spec: OperationSpec<Input, Output>;
  /** The service whose client sends this command, for the typechecker only. */
  declare readonly $service?: Service;

  constructor(input: Input, spec: OperationSpec<Input, Output>) {
    this.input = input;
    this.spec = spec;
  }
}
