// The restJson1 bindings generated for the kitchen-sink's PutFile, which uses every HTTP binding there is.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraries } from "./generated/kitchen-sink/arbitraries.js";
import * as protocol from "./generated/kitchen-sink/protocol.js";
import { type DecodeError, matchRoute } from "./generated/kitchen-sink/runtime.js";
import type { PutFileInput, PutFileOutput } from "./generated/kitchen-sink/shapes.js";

/**
 * What survives HTTP: an empty list in the query string travels as nothing at all (one in a header as an empty
 * value), and a server's map of query parameters holds every parameter of the request, bound ones and the URI's
 * literal too.
 */
function survivingInput(input: PutFileInput, query: Record<string, string | string[]>): PutFileInput {
  const out = { ...input };
  if (out.tags?.length === 0) delete out.tags;
  out.extra = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v]));
  // A map bound to prefixed headers is absent when nothing of it travelled.
  if (out.meta && Object.keys(out.meta).length === 0) delete out.meta;
  return out;
}

const inputs = arbitraries.PutFileInput.map((input) => {
  // Header names are case-insensitive: prefixed-header keys travel lower case.
  if (input.meta) input.meta = Object.fromEntries(Object.entries(input.meta).map(([k, v]) => [k.toLowerCase(), v]));
  return input;
});

describe("PutFile request bindings", () => {
  it("survive serialization, routing and strict deserialization", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const request = protocol.serializePutFileRequest(input);
        const route = matchRoute(protocol.KitchenSinkRoutes, request.method, request.path, request.query);
        expect(route?.operation).toBe("PutFile");
        expect(protocol.deserializePutFileRequest(request, route!.labels)).toEqual(
          survivingInput(input, request.query),
        );
      }),
    );
  });

  it("put each member where its trait says", () => {
    const request = protocol.serializePutFileRequest({
      bucket: "photos",
      key: "2024/a b.jpg",
      tags: ["x", "y"],
      at: new Date("2024-01-02T03:04:05.678Z"),
      limit: 5,
      extra: { mode: "fast", limit: "ignored" },
      flag: true,
      sizes: [1, 2],
      expires: new Date("2024-01-02T03:04:05Z"),
      ratio: Number.NaN,
      meta: { Owner: "me" },
      content: { text: "hello" },
    });
    expect(request).toEqual({
      method: "PUT",
      path: "/files/photos/2024/a%20b.jpg",
      query: { kind: "document", tags: ["x", "y"], at: "2024-01-02T03:04:05.678Z", limit: "5", mode: "fast" },
      headers: {
        "content-type": "application/json",
        "x-flag": "true",
        "x-sizes": "1, 2",
        "x-expires": "Tue, 02 Jan 2024 03:04:05 GMT",
        "x-ratio": "NaN",
        "x-meta-owner": "me",
      },
      body: '{"text":"hello"}',
    });
  });

  it("route only with the URI's literal query parameter", () => {
    expect(matchRoute(protocol.KitchenSinkRoutes, "PUT", "/files/photos/a", {})).toBeUndefined();
    expect(matchRoute(protocol.KitchenSinkRoutes, "PUT", "/files/photos/a", { kind: "document" })?.operation).toBe(
      "PutFile",
    );
  });

  it("name the member when a bound value is malformed", () => {
    const request = protocol.serializePutFileRequest({ bucket: "b-1", key: "k" });
    const bad = (change: Partial<typeof request>) => {
      try {
        protocol.deserializePutFileRequest({ ...request, ...change }, { bucket: "b-1", key: "k" });
      } catch (error) {
        return (error as DecodeError).message;
      }
      return "no error";
    };
    expect(bad({ query: { ...request.query, limit: "ten" } })).toBe('limit: expected an integer (integer), got "ten"');
    expect(bad({ headers: { "x-flag": "yes" } })).toBe('flag: expected true or false, got "yes"');
    expect(bad({ headers: { "x-expires": "2024-01-02" } })).toMatch(/^expires: expected an HTTP-date/);
    expect(bad({ body: '{"text": 1}' })).toBe("text: expected a string, got a number (1)");
    expect(bad({ body: "{" })).toMatch(/^the body is not valid JSON/);
  });

  it("refuse to build a path with an empty label", () => {
    expect(() => protocol.serializePutFileRequest({ bucket: "", key: "k" })).toThrow(
      "bucket must be set and not empty: it is part of the path",
    );
  });
});

describe("PutFile response bindings", () => {
  it("survive serialization and tolerant deserialization, with the response code as a member", () => {
    fc.assert(
      fc.property(arbitraries.PutFileOutput, (output: PutFileOutput) => {
        const response = protocol.serializePutFileResponse(output);
        expect(response.statusCode).toBe(output.status ?? 201);
        expect(protocol.deserializePutFileResponse(response)).toEqual({ ...output, status: output.status ?? 201 });
      }),
    );
  });
});

describe("error table", () => {
  it("lists each declared error with its status, fault and codecs", () => {
    const entry = protocol.KitchenSinkErrors.EvaluationFailed;
    expect(entry.status).toBe(422);
    expect(entry.fault).toBe("client");
    expect(entry.decode({ message: "no", at: { variable: "x" } })).toEqual({ message: "no", at: { variable: "x" } });
  });
});
