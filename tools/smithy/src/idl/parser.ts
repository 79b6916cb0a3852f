// Recursive-descent parser for the Smithy IDL 2.0 (https://smithy.io/2.0/spec/idl.html). It checks the syntax and
// produces the file's statements with shape ids as written; resolve.ts turns them into absolute ids.
import { SmithyParseError, type SourceLocation } from "../errors.js";
import { hasOwn, setOwn } from "../node-values.js";
import { SHAPE_TYPES, SIMPLE_SHAPE_TYPES } from "../shape-types.js";
import { describe, Lexer, type Token, type TokenType } from "./lexer.js";
import {
  type ParsedIdl,
  type RawApply,
  type RawMember,
  type RawNode,
  type RawObject,
  type RawRef,
  type RawShape,
  type RawTrait,
  ShapeIdLiteral,
} from "./syntax.js";

const WHITESPACE: ReadonlySet<TokenType> = new Set(["SPACE", "NEWLINE", "COMMA", "COMMENT"]);
const MAX_NESTING = 250;
const DOCUMENTATION = "smithy.api#documentation";

/** Parses one IDL file into its statements. Throws SmithyParseError on the first syntax error. */
export function parseIdlSyntax(source: string, file: string): ParsedIdl {
  return new Parser(source, file).parse();
}

class Parser {
  readonly #lx: Lexer;
  readonly #out: ParsedIdl;
  #namespace = "";
  #inputSuffix = "Input";
  #outputSuffix = "Output";
  #depth = 0;
  #versioned = false;
  #firstStatement: Token | undefined;
  /** Documentation comments passed since the last shape or member took them, or since they were reported. */
  #pendingDocs: Token[] = [];

  constructor(source: string, file: string) {
    this.#lx = new Lexer(source, file);
    this.#out = {
      file,
      version: "2.0",
      uses: new Map(),
      useStatements: [],
      metadata: [],
      shapes: [],
      applies: [],
      warnings: [],
    };
  }

  get #tok(): Token {
    return this.#lx.token;
  }

  #next(): Token {
    if (this.#tok.type === "DOC_COMMENT") this.#pendingDocs.push(this.#tok);
    return this.#lx.next();
  }

  /**
   * Reports the documentation comments passed since a shape or member last took them: they document nothing
   * (before a control, namespace or use statement, after traits, inside a value, at the end of a body). Smithy
   * warns about them, one finding for each run of them.
   */
  #reportDanglingDocs(): void {
    const docs = this.#pendingDocs;
    if (docs.length === 0) return;
    this.#pendingDocs = [];
    this.#warnDanglingDocs(docs.map((d) => d.string!).join("\n"), this.#loc(docs[0]));
  }

  #warnDanglingDocs(text: string, location: SourceLocation): void {
    this.#out.warnings.push({
      id: "Model.BadDocumentationComment",
      message: `documentation comments ('///') that document nothing: they must be on lines of their own, right before a shape or member and its traits: ${JSON.stringify(text)}`,
      location,
    });
  }

  /** Documentation comments read before something that takes none (a use or apply statement, a closing brace). */
  #reportDocsIn(traits: RawTrait[]): void {
    const docs = traits.find((t) => t.name.text === DOCUMENTATION);
    if (docs) this.#warnDanglingDocs(docs.value as string, docs.location);
  }

  #loc(token: Token = this.#tok): SourceLocation {
    return this.#lx.location(token);
  }

  #error(reason: string, token: Token = this.#tok): SmithyParseError {
    return this.#lx.error(token, reason);
  }

  #is(type: TokenType, text?: string): boolean {
    return this.#tok.type === type && (text === undefined || this.#tok.text === text);
  }

  /** Consumes a token of the given type, or fails with "expected <what>, found <token>". */
  #take(type: TokenType, what: string): Token {
    const token = this.#tok;
    if (token.type !== type) throw this.#error(`expected ${what}, found ${describe(token)}`);
    this.#next();
    return token;
  }

  #skipSpaces(): void {
    while (this.#tok.type === "SPACE") this.#next();
  }

  #skipWs(): void {
    while (WHITESPACE.has(this.#tok.type)) this.#next();
  }

  #skipWsAndDocs(): void {
    while (WHITESPACE.has(this.#tok.type) || this.#tok.type === "DOC_COMMENT") this.#next();
  }

  /** At least one space or tab (the `SP` of the grammar). */
  #requireSpace(after: string): void {
    if (this.#tok.type !== "SPACE")
      throw this.#error(`expected whitespace after ${after}, found ${describe(this.#tok)}`);
    this.#skipSpaces();
  }

  /** Any whitespace, including line breaks (the `WS` of the grammar), at least one token of it. */
  #requireWs(after: string): void {
    if (!WHITESPACE.has(this.#tok.type) && this.#tok.type !== "DOC_COMMENT") {
      throw this.#error(`expected whitespace after ${after}, found ${describe(this.#tok)}`);
    }
    this.#skipWsAndDocs();
  }

  /** The end of a statement: optional spaces, then a line break, a comment or the end of the file. */
  #expectBr(): void {
    while (this.#tok.type === "SPACE" || this.#tok.type === "COMMA") this.#next();
    switch (this.#tok.type) {
      case "DOC_COMMENT":
        // One at the end of a statement's line documents nothing, and Smithy ignores it without a word.
        this.#lx.next();
        this.#skipWs();
        return;
      case "NEWLINE":
      case "COMMENT":
        this.#next();
        this.#skipWs();
        return;
      case "EOF":
        return;
      default:
        throw this.#error(`expected a line break, found ${describe(this.#tok)}`);
    }
  }

  /**
   * The spec reads a file without `$version` as IDL 1.0, whose semantics (boxed numbers, `set`, the `enum` trait)
   * differ from 2.0's: such a file is refused rather than read with the wrong ones.
   */
  #unversioned(): SmithyParseError {
    return this.#error(
      "no $version control statement, so this is Smithy IDL version 1.0, which this parser does not read; " +
        'models in IDL 2 start with `$version: "2"`',
      this.#firstStatement,
    );
  }

  parse(): ParsedIdl {
    this.#skipWsAndDocs();
    const controls = new Set<string>();
    while (this.#is("DOLLAR")) {
      this.#parseControl(controls);
      this.#skipWsAndDocs();
    }
    this.#firstStatement = this.#tok;
    this.#versioned = controls.has("version");
    while (this.#is("IDENT", "metadata")) {
      this.#parseMetadata();
      this.#skipWsAndDocs();
    }
    if (this.#is("IDENT", "namespace")) {
      this.#parseNamespace();
      this.#parseShapeStatements();
    } else if (this.#is("DOLLAR")) {
      throw this.#error("control statements must come before metadata, the namespace and shapes");
    } else if (!this.#is("EOF")) {
      throw this.#error(
        `expected a namespace statement before any use statement or shape, found ${describe(this.#tok)}`,
      );
    }
    if (!this.#versioned) throw this.#unversioned();
    return this.#out;
  }

  #parseControl(seen: Set<string>): void {
    const dollar = this.#tok;
    this.#next();
    const keyToken = this.#tok;
    if (keyToken.type !== "IDENT" && keyToken.type !== "STRING") {
      throw this.#error(`expected a control statement name after '$', found ${describe(keyToken)}`);
    }
    const key = keyToken.type === "STRING" ? keyToken.string! : keyToken.text;
    this.#next();
    this.#skipSpaces();
    this.#take("COLON", `':' after '$${key}'`);
    this.#skipSpaces();
    if (seen.has(key)) throw this.#error(`duplicate control statement '$${key}'`, dollar);
    seen.add(key);
    const valueToken = this.#tok;
    const value = this.#parseNode();
    switch (key) {
      case "version":
        if (typeof value !== "string") throw this.#error("the $version control statement must be a string", valueToken);
        if (!/^2(\.[0-9]+)?$/.test(value)) {
          throw this.#error(
            `unsupported Smithy IDL version "${value}": this parser reads IDL version 2; version 1.0 models need converting to 2.0`,
            valueToken,
          );
        }
        this.#out.version = value;
        break;
      case "operationInputSuffix":
      case "operationOutputSuffix":
        if (typeof value !== "string") throw this.#error(`$${key} must be a string`, valueToken);
        if (key === "operationInputSuffix") this.#inputSuffix = value;
        else this.#outputSuffix = value;
        break;
      default:
        this.#out.warnings.push({
          id: "Model",
          message: `unknown control statement '$${key}' is ignored`,
          location: this.#loc(dollar),
        });
    }
    this.#reportDanglingDocs();
    this.#expectBr();
  }

  #parseMetadata(): void {
    const keyword = this.#tok;
    this.#next();
    this.#requireSpace("'metadata'");
    const keyToken = this.#tok;
    if (keyToken.type !== "IDENT" && keyToken.type !== "STRING") {
      throw this.#error(`expected a metadata key, found ${describe(keyToken)}`);
    }
    this.#next();
    this.#skipSpaces();
    this.#take("EQUAL", "'=' after the metadata key");
    this.#skipSpaces();
    const value = this.#parseNode();
    const key = keyToken.type === "STRING" ? keyToken.string! : keyToken.text;
    this.#out.metadata.push({ key, value, location: this.#loc(keyword) });
    this.#reportDanglingDocs();
    this.#expectBr();
  }

  #parseNamespace(): void {
    this.#next();
    this.#requireSpace("'namespace'");
    let name = this.#take("IDENT", "a namespace name").text;
    while (this.#is("DOT")) {
      this.#next();
      name += `.${this.#take("IDENT", "an identifier after '.' in the namespace").text}`;
    }
    if (this.#is("POUND") || this.#is("DOLLAR")) {
      throw this.#error(`unexpected ${describe(this.#tok)} in namespace name`);
    }
    this.#namespace = name;
    this.#out.namespace = name;
    this.#reportDanglingDocs();
    this.#expectBr();
  }

  #parseShapeStatements(): void {
    let shapesStarted = false;
    for (;;) {
      const traits = this.#parseDocsAndTraits();
      if (this.#is("EOF")) {
        const real = traits.find((t) => t.name.text !== DOCUMENTATION);
        if (real) throw this.#error("expected a shape definition after the traits, found end of file");
        this.#reportDocsIn(traits);
        return;
      }
      const keyword = this.#tok;
      if (keyword.type !== "IDENT") throw this.#error(`expected a shape definition, found ${describe(keyword)}`);
      switch (keyword.text) {
        case "use":
          if (shapesStarted) throw this.#error("use statements must come before any shape or apply statement");
          this.#rejectTraits(traits, "a use statement");
          this.#reportDocsIn(traits);
          this.#parseUse();
          break;
        case "apply":
          this.#rejectTraits(traits, "an apply statement");
          this.#reportDocsIn(traits);
          shapesStarted = true;
          this.#parseApply();
          break;
        case "namespace":
          throw this.#error("only one namespace can be declared per file");
        case "metadata":
          throw this.#error("metadata statements must come before the namespace statement");
        default:
          if (!SHAPE_TYPES.has(keyword.text)) throw this.#error(`unknown shape type '${keyword.text}'`);
          if (keyword.text === "set") {
            if (!this.#versioned) throw this.#unversioned();
            throw this.#error("set shapes are not part of IDL 2: use a list with @uniqueItems");
          }
          shapesStarted = true;
          this.#parseShape(traits);
      }
      this.#reportDanglingDocs();
      this.#expectBr();
    }
  }

  #rejectTraits(traits: RawTrait[], what: string): void {
    const trait = traits.find((t) => t.name.text !== DOCUMENTATION);
    if (trait) throw SmithyParseError.at(trait.location, `traits cannot be applied to ${what}`);
  }

  #parseUse(): void {
    this.#next();
    this.#requireSpace("'use'");
    const ref = this.#parseShapeId("an absolute shape id after 'use'");
    const hash = ref.text.indexOf("#");
    if (hash < 0) throw SmithyParseError.at(ref.location, "use statements need an absolute shape id (namespace#Name)");
    if (ref.text.includes("$")) throw SmithyParseError.at(ref.location, "use statements cannot import members");
    const name = ref.text.slice(hash + 1);
    const previous = this.#out.uses.get(name);
    if (previous !== undefined) {
      throw SmithyParseError.at(ref.location, `cannot use '${ref.text}': '${name}' already refers to '${previous}'`);
    }
    this.#out.uses.set(name, ref.text);
    this.#out.useStatements.push(ref);
  }

  // --- Traits and documentation -----------------------------------------------------------------------------

  /** Documentation comments, then traits, before a shape or member (docs after the traits are ignored). */
  #parseDocsAndTraits(): RawTrait[] {
    // The comments passed since the last statement or member ended (one at the end of the previous line included)
    // and those up to the first trait document what comes next.
    while (WHITESPACE.has(this.#tok.type) || this.#tok.type === "DOC_COMMENT") this.#next();
    const docs = this.#pendingDocs;
    this.#pendingDocs = [];
    const lines = docs.map((d) => d.string!);
    const docLocation = docs.length > 0 ? this.#loc(docs[0]) : undefined;
    const traits: RawTrait[] = [];
    while (this.#is("AT")) {
      traits.push(this.#parseTrait());
      this.#skipWsAndDocs();
    }
    if (docLocation) {
      traits.push({
        name: { text: DOCUMENTATION, location: docLocation },
        value: lines.join("\n"),
        annotation: false,
        location: docLocation,
      });
    }
    return traits;
  }

  #parseTrait(): RawTrait {
    const at = this.#tok;
    const location = this.#loc(at);
    this.#next();
    const name = this.#parseShapeId("a trait name after '@'");
    if (!this.#is("LPAREN")) return { name, value: null, annotation: true, location };
    this.#next();
    this.#skipWsAndDocs();
    if (this.#is("RPAREN")) {
      this.#next();
      return { name, value: null, annotation: true, location };
    }
    const value = this.#parseTraitBody();
    this.#skipWsAndDocs();
    this.#take("RPAREN", `')' to close the value of trait '${name.text}'`);
    return { name, value, annotation: false, location };
  }

  #parseTraitBody(): RawNode {
    const token = this.#tok;
    switch (token.type) {
      case "LBRACE":
      case "LBRACKET":
      case "TEXT_BLOCK":
      case "NUMBER":
        return this.#parseNode();
      case "STRING": {
        this.#next();
        this.#skipWsAndDocs();
        if (!this.#is("COLON")) return token.string!;
        this.#next();
        this.#skipWsAndDocs();
        return this.#parseStructuredTrait(token.string!);
      }
      case "IDENT": {
        const id = this.#parseShapeId("a trait value");
        this.#skipWsAndDocs();
        if (this.#is("RPAREN") || /[.#$]/.test(id.text)) return this.#identifierNode(id);
        this.#take("COLON", `':' after '${id.text}' in the trait value`);
        this.#skipWsAndDocs();
        return this.#parseStructuredTrait(id.text);
      }
      default:
        throw this.#error(`expected a trait value, found ${describe(token)}`);
    }
  }

  /** `key: value, key: value` between the parentheses of a trait. */
  #parseStructuredTrait(firstKey: string): RawObject {
    const object: RawObject = {};
    this.#enter();
    setOwn(object, firstKey, this.#parseNode());
    this.#skipWsAndDocs();
    while (!this.#is("RPAREN")) {
      const keyToken = this.#tok;
      if (keyToken.type !== "IDENT" && keyToken.type !== "STRING") {
        throw this.#error(`expected a member name or ')' in the trait value, found ${describe(keyToken)}`);
      }
      const key = keyToken.type === "STRING" ? keyToken.string! : keyToken.text;
      this.#next();
      this.#skipWsAndDocs();
      this.#take("COLON", `':' after '${key}'`);
      this.#skipWsAndDocs();
      const value = this.#parseNode();
      if (hasOwn(object, key)) throw this.#error(`duplicate member '${key}' in the trait value`, keyToken);
      setOwn(object, key, value);
      this.#skipWsAndDocs();
    }
    this.#depth--;
    return object;
  }

  // --- Node values --------------------------------------------------------------------------------------------

  #enter(): void {
    if (++this.#depth > MAX_NESTING) throw this.#error(`node values are nested more than ${MAX_NESTING} levels deep`);
  }

  #parseNode(): RawNode {
    const token = this.#tok;
    switch (token.type) {
      case "STRING":
      case "TEXT_BLOCK":
        this.#next();
        return token.string!;
      case "NUMBER":
        this.#next();
        return token.number!;
      case "IDENT":
        return this.#identifierNode(this.#parseShapeId("a node value"));
      case "LBRACE":
        return this.#parseObject();
      case "LBRACKET":
        return this.#parseArray();
      default:
        throw this.#error(`expected a node value, found ${describe(token)}`);
    }
  }

  #identifierNode(ref: RawRef): RawNode {
    switch (ref.text) {
      case "true":
        return true;
      case "false":
        return false;
      case "null":
        return null;
      default:
        return new ShapeIdLiteral(ref.text, ref.location);
    }
  }

  #parseObject(): RawObject {
    this.#enter();
    this.#next();
    this.#skipWsAndDocs();
    const object: RawObject = {};
    while (!this.#is("RBRACE")) {
      const keyToken = this.#tok;
      if (keyToken.type !== "IDENT" && keyToken.type !== "STRING") {
        throw this.#error(`expected an object key or '}', found ${describe(keyToken)}`);
      }
      const key = keyToken.type === "STRING" ? keyToken.string! : keyToken.text;
      this.#next();
      this.#skipWsAndDocs();
      this.#take("COLON", `':' after the object key '${key}'`);
      this.#skipWsAndDocs();
      const value = this.#parseNode();
      if (hasOwn(object, key)) throw this.#error(`duplicate object key '${key}'`, keyToken);
      setOwn(object, key, value);
      this.#skipWsAndDocs();
    }
    this.#next();
    this.#depth--;
    return object;
  }

  #parseArray(): RawNode[] {
    this.#enter();
    this.#next();
    this.#skipWsAndDocs();
    const items: RawNode[] = [];
    while (!this.#is("RBRACKET")) {
      if (this.#is("EOF")) throw this.#error("expected ']' to close the array, found end of file");
      items.push(this.#parseNode());
      this.#skipWsAndDocs();
    }
    this.#next();
    this.#depth--;
    return items;
  }

  // --- Shape ids ----------------------------------------------------------------------------------------------

  /** `Name`, `Name$member`, `ns.a#Name`, `ns.a#Name$member`, written without whitespace. */
  #parseShapeId(what: string): RawRef {
    const first = this.#tok;
    if (first.type !== "IDENT") throw this.#error(`expected ${what}, found ${describe(first)}`);
    const location = this.#loc(first);
    this.#next();
    let text = first.text;
    let dotted = false;
    while (this.#is("DOT")) {
      this.#next();
      text += `.${this.#take("IDENT", "an identifier after '.' in the shape id").text}`;
      dotted = true;
    }
    if (this.#is("POUND")) {
      this.#next();
      text += `#${this.#take("IDENT", "a shape name after '#'").text}`;
    } else if (dotted) {
      throw this.#error(`expected '#' after the namespace '${text}' of a shape id, found ${describe(this.#tok)}`);
    }
    if (this.#is("DOLLAR")) {
      this.#next();
      text += `$${this.#take("IDENT", "a member name after '$'").text}`;
    }
    return { text, location };
  }

  // --- Shapes -------------------------------------------------------------------------------------------------

  #parseShape(traits: RawTrait[]): void {
    const keyword = this.#tok;
    const type = keyword.text;
    this.#next();
    this.#requireSpace(`'${type}'`);
    const nameToken = this.#take("IDENT", `a shape name after '${type}'`);
    if (this.#is("DOT") || this.#is("POUND") || this.#is("DOLLAR")) {
      throw this.#error(`a shape name is a plain identifier, found ${describe(this.#tok)} after '${nameToken.text}'`);
    }
    const imported = this.#out.uses.get(nameToken.text);
    if (imported !== undefined) {
      throw this.#error(`shape name '${nameToken.text}' conflicts with the imported shape '${imported}'`, nameToken);
    }
    const shape: RawShape = {
      id: `${this.#namespace}#${nameToken.text}`,
      type,
      location: this.#loc(keyword),
      traits,
      mixins: [],
    };
    if (SIMPLE_SHAPE_TYPES.has(type)) {
      this.#parseMixins(shape);
    } else {
      switch (type) {
        case "enum":
        case "intEnum":
          this.#parseMixins(shape);
          this.#parseEnumMembers(shape);
          break;
        case "list":
        case "set":
          this.#parseForResource(shape);
          this.#parseMixins(shape);
          this.#parseFixedMembers(shape, ["member"]);
          break;
        case "map":
          this.#parseForResource(shape);
          this.#parseMixins(shape);
          this.#parseFixedMembers(shape, ["key", "value"]);
          break;
        case "structure":
          this.#parseForResource(shape);
          this.#parseMixins(shape);
          this.#parseMembers(shape);
          break;
        case "union":
          this.#parseForResource(shape);
          this.#parseMixins(shape);
          this.#parseMembers(shape);
          break;
        case "operation":
          this.#parseMixins(shape);
          this.#parseOperation(shape, nameToken.text);
          break;
        default: // service, resource
          this.#parseMixins(shape);
          this.#skipWsAndDocs();
          if (!this.#is("LBRACE"))
            throw this.#error(`expected '{' to open ${type} ${nameToken.text}, found ${describe(this.#tok)}`);
          shape.body = this.#parseObject();
      }
    }
    this.#out.shapes.push(shape);
  }

  #parseMixins(shape: RawShape): void {
    this.#skipSpaces();
    if (!this.#is("IDENT", "with")) return;
    this.#next();
    this.#skipWsAndDocs();
    this.#take("LBRACKET", "'[' after 'with'");
    this.#skipWsAndDocs();
    if (this.#is("RBRACKET")) throw this.#error("expected at least one mixin between '[' and ']'");
    while (!this.#is("RBRACKET")) {
      if (this.#is("EOF")) throw this.#error("expected ']' to close the mixin list, found end of file");
      shape.mixins.push(this.#parseShapeId("a mixin shape id"));
      this.#skipWsAndDocs();
    }
    this.#next();
  }

  #parseForResource(shape: RawShape): void {
    this.#skipSpaces();
    if (!this.#is("IDENT", "for")) return;
    this.#next();
    this.#requireSpace("'for'");
    shape.forResource = this.#parseShapeId("a resource shape id after 'for'");
  }

  #openBrace(shape: RawShape): void {
    this.#skipWsAndDocs();
    this.#take("LBRACE", `'{' to open the body of ${shape.id.slice(shape.id.indexOf("#") + 1)}`);
    this.#reportDanglingDocs();
    this.#skipWs();
  }

  #closeBrace(shape: RawShape): void {
    if (!this.#is("RBRACE")) {
      throw this.#error(
        `expected '}' to close the body of ${shape.id.slice(shape.id.indexOf("#") + 1)}, found ${describe(this.#tok)}`,
      ).in(shape.id);
    }
    this.#next();
  }

  /** Structure and union members: `name: Target`, `$name`, each with an optional `= default`. */
  #parseMembers(shape: RawShape): void {
    this.#openBrace(shape);
    const members: RawMember[] = [];
    const names = new Set<string>();
    while (!this.#is("RBRACE")) {
      if (this.#is("EOF")) this.#closeBrace(shape);
      const traits = this.#parseDocsAndTraits();
      if (this.#is("RBRACE")) {
        this.#rejectDanglingTraits(traits);
        this.#reportDocsIn(traits);
        break;
      }
      const location = this.#loc();
      const elided = this.#is("DOLLAR");
      if (elided) this.#next();
      const nameToken = this.#take("IDENT", elided ? "a member name after '$'" : "a member name");
      const name = nameToken.text;
      if (names.has(name)) throw this.#error(`duplicate member '${name}'`, nameToken).in(shape.id);
      names.add(name);
      const member: RawMember = { name, traits, location };
      if (!elided) {
        this.#skipSpaces();
        if (this.#is("WALRUS")) throw this.#error("':=' can only define the input or output of an operation");
        this.#take("COLON", "':' after member name");
        this.#skipSpaces();
        member.target = this.#parseShapeId(`a target shape for member '${name}'`);
      }
      this.#parseDefaultAssignment(traits);
      members.push(member);
      this.#reportDanglingDocs();
      this.#skipWs();
    }
    this.#next();
    shape.members = members;
  }

  /**
   * `= value` after a member gives it a `@default`. The grammar allows it on the members of any aggregate shape;
   * where the trait does not apply (a list, map or union member) validation reports it, as Smithy does.
   */
  #parseDefaultAssignment(traits: RawTrait[]): void {
    this.#skipSpaces();
    if (!this.#is("EQUAL")) return;
    const location = this.#loc();
    this.#next();
    this.#skipSpaces();
    const value = this.#parseNode();
    traits.unshift({ name: { text: "smithy.api#default", location }, value, annotation: false, location });
    this.#expectBr();
  }

  #rejectDanglingTraits(traits: RawTrait[]): void {
    const trait = traits.find((t) => t.name.text !== DOCUMENTATION);
    if (trait) throw this.#error(`expected a member after trait '${trait.name.text}', found '}'`);
  }

  #parseEnumMembers(shape: RawShape): void {
    this.#openBrace(shape);
    const members: RawMember[] = [];
    const names = new Set<string>();
    while (!this.#is("RBRACE")) {
      if (this.#is("EOF")) this.#closeBrace(shape);
      const traits = this.#parseDocsAndTraits();
      if (this.#is("RBRACE")) {
        this.#rejectDanglingTraits(traits);
        this.#reportDocsIn(traits);
        break;
      }
      const nameToken = this.#take("IDENT", "an enum member name");
      if (names.has(nameToken.text)) throw this.#error(`duplicate member '${nameToken.text}'`, nameToken);
      names.add(nameToken.text);
      this.#skipSpaces();
      if (this.#is("EQUAL")) {
        const location = this.#loc();
        this.#next();
        this.#skipSpaces();
        const value = this.#parseNode();
        traits.unshift({ name: { text: "smithy.api#enumValue", location }, value, annotation: false, location });
        this.#expectBr();
      } else {
        this.#skipWs();
      }
      members.push({
        name: nameToken.text,
        target: { text: "smithy.api#Unit", location: this.#loc(nameToken) },
        traits,
        location: this.#loc(nameToken),
      });
      this.#reportDanglingDocs();
    }
    this.#next();
    shape.members = members;
  }

  /**
   * List (`member`) and map (`key`, `value`) members, written as structure members are; each may be left out when a
   * mixin provides it. A member of another name is recorded as a finding on the shape and left out, as Smithy's
   * loader does, so that the rest of the model is still read.
   */
  #parseFixedMembers(shape: RawShape, names: string[]): void {
    this.#parseMembers(shape);
    shape.members = shape.members!.filter((member) => {
      if (names.includes(member.name)) return true;
      const which = names.length === 1 ? `only a \`${names[0]}\` member` : `only \`key\` and \`value\` members`;
      this.#out.warnings.push({
        id: "Model",
        severity: "ERROR",
        shapeId: shape.id,
        message: `a ${shape.type} has ${which}; \`${member.name}\` is left out`,
        location: member.location,
      });
      return false;
    });
  }

  #parseOperation(shape: RawShape, name: string): void {
    this.#skipWsAndDocs();
    this.#take("LBRACE", `'{' to open operation ${name}`);
    this.#skipWsAndDocs();
    const operation: NonNullable<RawShape["operation"]> = {};
    const seen = new Set<string>();
    while (!this.#is("RBRACE")) {
      const keyToken = this.#tok;
      if (keyToken.type !== "IDENT") {
        throw this.#error(`expected input, output, errors or '}' in operation ${name}, found ${describe(keyToken)}`);
      }
      const key = keyToken.text;
      if (key !== "input" && key !== "output" && key !== "errors") {
        throw this.#error(`unknown operation property '${key}': expected input, output or errors`);
      }
      if (seen.has(key)) throw this.#error(`duplicate operation property '${key}'`);
      seen.add(key);
      this.#next();
      this.#skipWsAndDocs();
      if (key === "errors") {
        this.#take("COLON", "':' after 'errors'");
        this.#skipWsAndDocs();
        this.#take("LBRACKET", "'[' to open the list of errors");
        this.#skipWsAndDocs();
        const errors: RawRef[] = [];
        while (!this.#is("RBRACKET")) {
          if (this.#is("EOF")) throw this.#error("expected ']' to close the list of errors, found end of file");
          errors.push(this.#parseShapeId("an error shape id"));
          this.#skipWsAndDocs();
        }
        this.#next();
        operation.errors = errors;
      } else if (this.#is("WALRUS")) {
        this.#reportDanglingDocs(); // only those after ':=' document the inline structure
        this.#next();
        this.#skipWs();
        const suffix = key === "input" ? this.#inputSuffix : this.#outputSuffix;
        operation[key] = this.#parseInlineStructure(`${name}${suffix}`, `smithy.api#${key}`);
      } else {
        this.#take("COLON", `':' or ':=' after '${key}'`);
        this.#skipWsAndDocs();
        operation[key] = this.#parseShapeId(`the ${key} shape id`);
      }
      this.#skipWsAndDocs();
    }
    this.#next();
    shape.operation = operation;
  }

  #parseInlineStructure(name: string, marker: string): RawRef {
    const traits = this.#parseDocsAndTraits();
    const location = this.#loc();
    traits.push({ name: { text: marker, location }, value: {}, annotation: false, location });
    const shape: RawShape = { id: `${this.#namespace}#${name}`, type: "structure", location, traits, mixins: [] };
    this.#parseForResource(shape);
    this.#parseMixins(shape);
    if (!shape.forResource) this.#parseForResource(shape);
    this.#parseMembers(shape);
    this.#out.shapes.push(shape);
    return { text: shape.id, location };
  }

  #parseApply(): void {
    const location = this.#loc();
    this.#next();
    this.#requireWs("'apply'");
    const target = this.#parseShapeId("the shape id to apply traits to");
    this.#requireWs("the apply target");
    const traits: RawTrait[] = [];
    if (this.#is("AT")) {
      traits.push(this.#parseTrait());
    } else if (this.#is("LBRACE")) {
      this.#next();
      this.#skipWsAndDocs();
      while (this.#is("AT")) {
        traits.push(this.#parseTrait());
        this.#skipWsAndDocs();
      }
      this.#take("RBRACE", "'}' to close the apply block");
    } else {
      throw this.#error(`expected '@' or '{' after the apply target, found ${describe(this.#tok)}`);
    }
    const apply: RawApply = { target, traits, location };
    this.#out.applies.push(apply);
  }
}
