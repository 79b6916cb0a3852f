import { describe, expect, it } from "vitest";
import { InvalidTokenError, NextTokenCodec, type TokenBinding } from "./next-token.js";

const binding: TokenBinding = {
  instanceId: "inst",
  contactId: "contact",
  incarnation: "inc-1",
  outputType: "Raw",
  segmentTypes: ["Issues", "Transcript"],
};

describe("NextTokenCodec", () => {
  const codec = new NextTokenCodec({ secret: "secret-a", ttlMs: 1000 });

  it("round-trips the position for the same request", () => {
    const token = codec.issue(binding, 7, 5000);
    expect(token.startsWith("v1.")).toBe(true);
    expect(codec.read(token, binding, 5500)).toBe(7);
  });

  it("tells when a token expires", () => {
    expect(codec.readToken(codec.issue(binding, 3, 100), binding, 100)).toEqual({ position: 3, expiresAt: 1100 });
  });

  it("accepts only the canonical base64url spelling of the signature", () => {
    const token = codec.issue(binding, 2, 0);
    const signature = token.slice(token.lastIndexOf(".") + 1);
    const head = token.slice(0, token.lastIndexOf(".") + 1);
    const standard = Buffer.from(signature, "base64url").toString("base64");
    const respellings = [
      `${token}=`,
      `${token}\n`,
      `${head}${signature.slice(0, 20)} ${signature.slice(20)}`,
      `${head}${standard}`,
      `${head}${standard.replace(/=+$/, "")}`,
      // The same bytes, with the unused low bits of the last letter set.
      `${head}${signature.slice(0, -1)}${String.fromCharCode(signature.charCodeAt(42) + 1)}`,
    ].filter((t) => t !== token);
    expect(respellings.length).toBeGreaterThanOrEqual(5);
    for (const respelled of respellings) {
      expect(() => codec.read(respelled, binding, 0), respelled).toThrow(/not issued by this server/);
    }
    expect(codec.read(token, binding, 0)).toBe(2);
  });

  it("refuses a token past its lifetime", () => {
    const token = codec.issue(binding, 1, 0);
    expect(codec.read(token, binding, 1000)).toBe(1);
    expect(() => codec.read(token, binding, 1001)).toThrow(/expired/);
  });

  it.each([
    ["another contact", { contactId: "other" }, /another contact/],
    ["another instance", { instanceId: "other" }, /another contact/],
    ["a contact made again with the same id", { incarnation: "inc-2" }, /another contact/],
    ["another OutputType", { outputType: "Redacted" }, /OutputType/],
    ["other SegmentTypes", { segmentTypes: ["Transcript"] }, /SegmentTypes/],
  ])("refuses a token used for %s", (_name, change, message) => {
    const token = codec.issue(binding, 2, 0);
    expect(() => codec.read(token, { ...binding, ...change }, 0)).toThrow(message);
  });

  it("refuses a token signed with another secret", () => {
    const other = new NextTokenCodec({ secret: "secret-b" });
    expect(() => codec.read(other.issue(binding, 2, 0), binding, 0)).toThrow(/not issued by this server/);
  });

  it("refuses a token whose payload was altered", () => {
    const [version, payload, signature] = codec.issue(binding, 2, 0).split(".") as [string, string, string];
    const decoded = JSON.parse(Buffer.from(payload, "base64url").toString()) as { p: number };
    decoded.p = 0;
    const forged = `${version}.${Buffer.from(JSON.stringify(decoded)).toString("base64url")}.${signature}`;
    expect(() => codec.read(forged, binding, 0)).toThrow(InvalidTokenError);
  });

  it.each(["", "garbage", "v1.x", "v2.a.b", "v1.a.b.c", "v1.!!!.@@@"])("refuses the malformed token %j", (token) => {
    expect(() => codec.read(token, binding, 0)).toThrow(InvalidTokenError);
  });

  it("refuses an empty secret and a lifetime that is not positive", () => {
    expect(() => new NextTokenCodec({ secret: "" })).toThrow(RangeError);
    expect(() => new NextTokenCodec({ ttlMs: 0 })).toThrow(RangeError);
  });
});
