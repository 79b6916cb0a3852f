// A subset of Smithy selectors (https://smithy.io/2.0/spec/selectors.html), enough to evaluate where traits may be
// applied: shape types (`string`, `number`, `simpleType`, `dataType`, `collection`, `member`, ...), attributes (`[trait|x]`,
// `[id=...]`, `[id|member=value]`, `[service|version=...]`, with comparators and the `i` flag), `:is`, `:not`, `:test`, and the neighbor
// operators `>`, `<`, `~>`, `-[rel, ...]->`, `<-[rel, ...]-`. Anything else makes a selector unsupported, and the
// caller treats an unsupported selector as matching every shape.
import type { NodeValue } from "../ast.js";
import { isNodeObject } from "../node-values.js";
import type { ModelView, ShapeView } from "./model-view.js";

type Step =
  | { kind: "type"; name: string }
  | { kind: "attr"; path: string[]; op?: string; values: string[]; caseInsensitive: boolean }
  | { kind: "is" | "not" | "test"; args: Step[][] }
  | { kind: "neighbor"; direction: "out" | "in"; rels?: string[]; recursive: boolean };

export class UnsupportedSelector extends Error {}

/** Text that is no selector at all (as opposed to a selector that uses what is not evaluated here). */
export class SelectorSyntaxError extends UnsupportedSelector {}

/** Functions Smithy's selectors have; the ones besides `:is`, `:not` and `:test` are not evaluated here. */
const SMITHY_FUNCTIONS = new Set(["is", "not", "test", "each", "in", "root", "topdown", "recursive"]);

const NUMBER_TYPES = new Set([
  "byte",
  "short",
  "integer",
  "intEnum",
  "long",
  "float",
  "double",
  "bigDecimal",
  "bigInteger",
]);
const SIMPLE_TYPES = new Set([...NUMBER_TYPES, "blob", "boolean", "document", "string", "enum", "timestamp"]);
const TYPE_NAMES = new Set([
  ...SIMPLE_TYPES,
  "*",
  "number",
  "simpleType",
  "dataType",
  "collection",
  "list",
  "set",
  "map",
  "structure",
  "union",
  "service",
  "operation",
  "resource",
  "member",
]);
const COMPARATORS = ["!=", "^=", "$=", "*=", "?=", "="];

/** Whether a shape type matches a selector type name (enum is a string, intEnum an integer, set a list). */
function typeMatches(name: string, type: string): boolean {
  switch (name) {
    case "*":
      return true;
    case "number":
      return NUMBER_TYPES.has(type);
    case "simpleType":
      return SIMPLE_TYPES.has(type);
    case "dataType":
      return SIMPLE_TYPES.has(type) || ["list", "set", "map", "structure", "union"].includes(type);
    case "collection":
      return type === "list" || type === "set";
    case "string":
      return type === "string" || type === "enum";
    case "integer":
      return type === "integer" || type === "intEnum";
    case "list":
      return type === "list" || type === "set";
    default:
      return name === type;
  }
}

class SelectorParser {
  #i = 0;
  constructor(readonly text: string) {}

  parse(): Step[] {
    const steps = this.#selector();
    this.#ws();
    if (this.#i < this.text.length) this.#syntax("unexpected text");
    return steps;
  }

  #unsupported(): never {
    throw new UnsupportedSelector(`unsupported selector syntax at ${this.#i} in \`${this.text}\``);
  }

  #syntax(what: string): never {
    throw new SelectorSyntaxError(`${what} at ${this.#i} in the selector \`${this.text}\``);
  }

  #ws(): void {
    for (;;) {
      const c = this.text[this.#i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.#i++;
      else if (c === "/" && this.text[this.#i + 1] === "/") {
        while (this.#i < this.text.length && this.text[this.#i] !== "\n") this.#i++;
      } else return;
    }
  }

  #startsWith(s: string): boolean {
    return this.text.startsWith(s, this.#i);
  }

  /** Steps until the end, a ',' or a ')'. */
  #selector(): Step[] {
    const steps: Step[] = [];
    for (;;) {
      this.#ws();
      const c = this.text[this.#i];
      if (c === undefined || c === "," || c === ")") break;
      steps.push(this.#step());
    }
    if (steps.length === 0) this.#syntax("expected a selector");
    return steps;
  }

  #step(): Step {
    const c = this.text[this.#i];
    if (c === "[") return this.#attribute();
    if (c === ":") return this.#function();
    if (this.#startsWith("~>")) {
      this.#i += 2;
      return { kind: "neighbor", direction: "out", recursive: true };
    }
    if (this.#startsWith("-[")) return this.#namedNeighbor("out");
    if (this.#startsWith("<-[")) return this.#namedNeighbor("in");
    if (c === ">") {
      this.#i++;
      return { kind: "neighbor", direction: "out", recursive: false };
    }
    if (c === "<") {
      this.#i++;
      return { kind: "neighbor", direction: "in", recursive: false };
    }
    if (c === "*") {
      this.#i++;
      return { kind: "type", name: "*" };
    }
    if (c === "$") this.#unsupported(); // variables
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.#i));
    if (!word) this.#syntax(`unexpected ${c === undefined ? "end" : `'${c}'`}`);
    if (!TYPE_NAMES.has(word[0])) this.#syntax(`unknown shape type \`${word[0]}\``);
    this.#i += word[0].length;
    return { kind: "type", name: word[0] };
  }

  #namedNeighbor(direction: "out" | "in"): Step {
    this.#i += direction === "out" ? 2 : 3;
    const close = this.text.indexOf("]", this.#i);
    if (close < 0) this.#syntax("expected ']'");
    const rels = this.text
      .slice(this.#i, close)
      .split(",")
      .map((r) => r.trim())
      .filter((r) => r.length > 0);
    if (rels.length === 0) this.#syntax("expected a relationship name");
    this.#i = close + 1;
    const end = direction === "out" ? "->" : "-";
    if (!this.#startsWith(end)) this.#syntax(`expected '${end}'`);
    this.#i += end.length;
    return { kind: "neighbor", direction, rels, recursive: false };
  }

  #function(): Step {
    const name = /^:([A-Za-z]+)\(/.exec(this.text.slice(this.#i));
    if (!name) this.#syntax("expected a function like :is(...)");
    if (!SMITHY_FUNCTIONS.has(name[1]!)) this.#syntax(`unknown function :${name[1]}`);
    if (name[1] !== "is" && name[1] !== "not" && name[1] !== "test") this.#unsupported();
    this.#i += name[0].length;
    const args: Step[][] = [];
    for (;;) {
      args.push(this.#selector());
      this.#ws();
      const c = this.text[this.#i];
      this.#i++;
      if (c === ")") break;
      if (c !== ",") this.#syntax("expected ',' or ')'");
    }
    return { kind: name[1] as "is" | "not" | "test", args };
  }

  #attribute(): Step {
    this.#i++;
    this.#ws();
    const path: string[] = [];
    for (;;) {
      path.push(this.#value(true));
      if (this.text[this.#i] !== "|") break;
      this.#i++;
    }
    this.#ws();
    if (this.text[this.#i] === "]") {
      this.#i++;
      return { kind: "attr", path, values: [], caseInsensitive: false };
    }
    const op = COMPARATORS.find((o) => this.#startsWith(o));
    // Numeric (`<`, `>=`, ...) and set (`{=}`, ...) comparators are Smithy's too, only not evaluated here.
    if (!op && "<>{".includes(this.text[this.#i] ?? "x")) this.#unsupported();
    if (!op) this.#syntax("expected a comparator or ']'");
    this.#i += op.length;
    const values: string[] = [];
    for (;;) {
      this.#ws();
      values.push(this.#value(false));
      this.#ws();
      if (this.text[this.#i] !== ",") break;
      this.#i++;
    }
    let caseInsensitive = false;
    if (this.text[this.#i] === "i") {
      caseInsensitive = true;
      this.#i++;
      this.#ws();
    }
    if (this.text[this.#i] !== "]") this.#syntax("expected ']'");
    this.#i++;
    return { kind: "attr", path, op, values, caseInsensitive };
  }

  /** A quoted string or a bare word (attribute keys stop at '|'). */
  #value(key: boolean): string {
    const c = this.text[this.#i];
    if (c === '"' || c === "'") {
      const end = this.text.indexOf(c, this.#i + 1);
      if (end < 0) this.#syntax(`unclosed ${c}`);
      const v = this.text.slice(this.#i + 1, end);
      this.#i = end + 1;
      return v;
    }
    const pattern = key ? /^[A-Za-z0-9_.#-]+/ : /^[A-Za-z0-9_.#$:-]+/;
    const m = pattern.exec(this.text.slice(this.#i));
    // Scoped attributes (`[@...]`) and projections (`(values)`) are Smithy's, only not evaluated here.
    if (!m && (c === "@" || c === "(")) this.#unsupported();
    if (!m) this.#syntax(key ? "expected an attribute name" : "expected a value");
    this.#i += m[0].length;
    return m[0];
  }
}

export function parseSelector(text: string): Step[] {
  return new SelectorParser(text).parse();
}

/** Why the text is no selector at all, or undefined when it is one (evaluated here or not). */
export function selectorSyntaxError(text: string): string | undefined {
  try {
    parseSelector(text);
    return undefined;
  } catch (e) {
    if (e instanceof SelectorSyntaxError) return e.message;
    if (e instanceof UnsupportedSelector) return undefined;
    throw e;
  }
}

function traitId(name: string): string {
  return name.includes("#") ? name : `smithy.api#${name}`;
}

/** The value of an attribute of a shape, or undefined when the shape has no such attribute. */
function attribute(view: ShapeView, path: string[]): NodeValue | undefined {
  const [head, ...rest] = path;
  if (head === "id") {
    if (rest.length === 0) return view.id;
    const hash = view.id.indexOf("#");
    const dollar = view.id.indexOf("$");
    switch (rest[0]) {
      case "namespace":
        return view.id.slice(0, hash);
      case "name":
        return view.id.slice(hash + 1, dollar < 0 ? undefined : dollar);
      case "member":
        return dollar < 0 ? undefined : view.id.slice(dollar + 1);
      default:
        throw new UnsupportedSelector(`attribute id|${rest[0]}`);
    }
  }
  if (head === "trait" && rest.length > 0) {
    let value: NodeValue | undefined = view.traits[traitId(rest[0]!)];
    for (const segment of rest.slice(1)) {
      if (segment.startsWith("(")) throw new UnsupportedSelector(`attribute projection ${segment}`);
      value = isNodeObject(value) ? value[segment] : undefined;
    }
    return value;
  }
  if (head === "service") {
    // Only services have the attribute: the service itself, or its version.
    if (view.type !== "service" || view.shape?.type !== "service") return undefined;
    if (rest.length === 0) return view.id;
    if (rest.length === 1 && rest[0] === "version") return view.shape.version;
    throw new UnsupportedSelector(`attribute service|${rest.join("|")}`);
  }
  throw new UnsupportedSelector(`attribute ${path.join("|")}`);
}

function attributeMatches(view: ShapeView, step: Extract<Step, { kind: "attr" }>): boolean {
  const value = attribute(view, step.path);
  if (step.op === undefined) return value !== undefined;
  if (step.op === "?=") return step.values.some((v) => (v === "true") === (value !== undefined));
  if (value === undefined || value === null || typeof value === "object") return false;
  const norm = (s: string) => (step.caseInsensitive ? s.toLowerCase() : s);
  const actual = norm(String(value));
  const test = (expected: string): boolean => {
    const e = norm(expected);
    switch (step.op) {
      case "=":
        return actual === e;
      case "!=":
        return actual !== e;
      case "^=":
        return actual.startsWith(e);
      case "$=":
        return actual.endsWith(e);
      case "*=":
        return actual.includes(e);
      default:
        return false;
    }
  };
  return step.op === "!=" ? step.values.every(test) : step.values.some(test);
}

type Neighbor = Extract<Step, { kind: "neighbor" }>;

/** Evaluates selectors against a model view; results are cached per selector text. */
export class SelectorEvaluator {
  readonly #cache = new Map<string, Set<string> | null>();
  readonly #parsed = new Map<string, Step[] | null>();
  readonly #matched = new Map<string, Map<string, boolean>>();

  constructor(readonly model: ModelView) {}

  /** The ids a selector selects from the whole model, or null when the selector is not supported. */
  select(text: string): Set<string> | null {
    const cached = this.#cache.get(text);
    if (cached !== undefined) return cached;
    const steps = this.#parse(text);
    const result =
      steps && this.#unlessUnsupported(text, () => new Set(this.#eval(steps, [...this.model.all()]).map((v) => v.id)));
    this.#cache.set(text, result);
    return result;
  }

  /** The ids the selector selects when it starts from the given shapes alone, or null when it is not supported. */
  selectFrom(text: string, ids: string[]): Set<string> | null {
    const steps = this.#parse(text);
    if (steps === null) return null;
    const start = ids.map((id) => this.model.get(id)).filter((v): v is ShapeView => v !== undefined);
    return this.#unlessUnsupported(text, () => new Set(this.#eval(steps, start).map((v) => v.id)));
  }

  /**
   * Whether the selector selects the shape; true when the selector is not supported. Works backwards from the shape
   * instead of evaluating the selector over the whole model: a trait is checked only where it is applied, and most
   * shapes of a large model carry none.
   */
  matches(text: string, id: string): boolean {
    const steps = this.#parse(text);
    if (steps === null) return true;
    let perShape = this.#matched.get(text);
    if (!perShape) {
      perShape = new Map();
      this.#matched.set(text, perShape);
    }
    const known = perShape.get(id);
    if (known !== undefined) return known;
    const view = this.model.get(id);
    const reached = this.#unlessUnsupported(
      text,
      () => view !== undefined && this.#reaches(steps, steps.length, view, () => true),
    );
    const result = reached ?? true;
    perShape.set(id, result);
    return result;
  }

  /** The result of an evaluation, or null when it meets a part of the selector that is not supported. */
  #unlessUnsupported<T>(text: string, evaluate: () => T): T | null {
    try {
      return evaluate();
    } catch (e) {
      if (!(e instanceof UnsupportedSelector)) throw e;
      this.#parsed.set(text, null);
      return null;
    }
  }

  #parse(text: string): Step[] | null {
    if (!this.#parsed.has(text)) {
      try {
        this.#parsed.set(text, parseSelector(text));
      } catch (e) {
        if (!(e instanceof UnsupportedSelector)) throw e;
        this.#parsed.set(text, null);
      }
    }
    return this.#parsed.get(text)!;
  }

  /** Whether `view` is among what the first `end` steps yield from the shapes that `isStart` accepts. */
  #reaches(steps: Step[], end: number, view: ShapeView, isStart: (v: ShapeView) => boolean): boolean {
    if (end === 0) return isStart(view);
    const step = steps[end - 1]!;
    const before = (v: ShapeView) => this.#reaches(steps, end - 1, v, isStart);
    switch (step.kind) {
      case "is":
        return step.args.some((arg) => this.#reaches(arg, arg.length, view, before));
      case "neighbor":
        return this.#predecessors(step, view).some(before);
      default:
        return this.#step(step, [view]).length > 0 && before(view);
    }
  }

  /** The shapes from which the neighbor step leads to `view` (for `~>`, through any number of steps). */
  #predecessors(step: Neighbor, view: ShapeView): ShapeView[] {
    const previous = (v: ShapeView): ShapeView[] => {
      const rels = step.direction === "out" ? this.model.in(v.id) : this.model.out(v.id);
      const result: ShapeView[] = [];
      for (const r of rels) {
        if (step.rels ? !step.rels.includes(r.rel) : r.rel === "mixin") continue;
        const from = this.model.get(r.to);
        if (from) result.push(from);
      }
      return result;
    };
    if (!step.recursive) return previous(view);
    const seen = new Map<string, ShapeView>();
    const stack = previous(view);
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen.has(v.id)) continue;
      seen.set(v.id, v);
      stack.push(...previous(v));
    }
    return [...seen.values()];
  }

  #eval(steps: Step[], input: ShapeView[]): ShapeView[] {
    let current = input;
    for (const step of steps) {
      if (current.length === 0) return current;
      current = this.#step(step, current);
    }
    return current;
  }

  #step(step: Step, input: ShapeView[]): ShapeView[] {
    switch (step.kind) {
      case "type":
        return input.filter((v) => typeMatches(step.name, v.type));
      case "attr":
        return input.filter((v) => attributeMatches(v, step));
      case "is": {
        const out = new Map<string, ShapeView>();
        for (const arg of step.args) for (const v of this.#eval(arg, input)) out.set(v.id, v);
        return [...out.values()];
      }
      case "not":
        return input.filter((v) => step.args.every((arg) => this.#eval(arg, [v]).length === 0));
      case "test":
        return input.filter((v) => step.args.some((arg) => this.#eval(arg, [v]).length > 0));
      case "neighbor":
        return this.#neighbors(step, input);
    }
  }

  #neighbors(step: Neighbor, input: ShapeView[]): ShapeView[] {
    const out = new Map<string, ShapeView>();
    const next = (view: ShapeView): ShapeView[] => {
      const rels = step.direction === "out" ? this.model.out(view.id) : this.model.in(view.id);
      const result: ShapeView[] = [];
      for (const r of rels) {
        if (step.rels ? !step.rels.includes(r.rel) : r.rel === "mixin") continue;
        const to = this.model.get(r.to);
        if (to) result.push(to);
      }
      return result;
    };
    if (!step.recursive) {
      for (const v of input) for (const n of next(v)) out.set(n.id, n);
      return [...out.values()];
    }
    for (const start of input) {
      const stack = next(start);
      while (stack.length > 0) {
        const v = stack.pop()!;
        if (out.has(v.id)) continue;
        out.set(v.id, v);
        stack.push(...next(v));
      }
    }
    return [...out.values()];
  }
}
