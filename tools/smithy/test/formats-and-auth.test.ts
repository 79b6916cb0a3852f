// Trait values with formats (media types, XML namespace URIs, @http uris) and auth schemes a service defines.
import { describe, expect, it } from "vitest";
import { graded } from "./helpers.js";

describe("value formats", () => {
  it("refuses media types that are not type/subtype with name=value parameters", () => {
    expect(
      graded(
        '@mediaType("application/foo+json; a=b; c=\\"d\\"")\nstring Ok\n@mediaType("application/json;")\nstring Bad',
      ),
    ).toEqual([["MediaType", "ERROR", "ex#Bad"]]);
  });

  it("refuses an @xmlNamespace uri that is not a URI", () => {
    expect(
      graded('@xmlNamespace(uri: "http://example.com")\nstructure Ok {}\n@xmlNamespace(uri: "::x")\nstructure Bad {}'),
    ).toEqual([["XmlNamespaceTrait", "ERROR", "ex#Bad"]]);
  });

  it("refuses an @externalDocumentation value that is not a URL, as Smithy's loader does", () => {
    expect(graded('@externalDocumentation(Home: "https://example.com", Bad: "not a url")\nstring S')).toEqual([
      ["Model", "ERROR", "ex#S"],
    ]);
  });

  it("refuses an @http uri with characters outside printable ASCII", () => {
    expect(graded('@http(method: "POST", uri: "/caf\u00e9")\noperation Op {}')).toEqual([
      ["HttpUriFormat", "ERROR", "ex#Op"],
    ]);
  });
});

describe("auth", () => {
  it("gives an operation's @auth naming a scheme its service lacks a DANGER, and warns on unordered schemes", () => {
    const body =
      '@httpBasicAuth\n@httpDigestAuth\nservice S {\n    version: "1"\n    operations: [Op]\n}\n@auth([httpBasicAuth, httpBearerAuth])\noperation Op {}';
    expect(graded(body)).toEqual([
      ["ServiceAuthDefinitions", "WARNING", "ex#S"],
      ["AuthTrait", "DANGER", "ex#Op"],
    ]);
  });
});
