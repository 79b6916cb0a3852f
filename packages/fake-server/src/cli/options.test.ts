import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "./options.js";

describe("parseCommand", () => {
  it("fills in the documented defaults", () => {
    expect(parseCommand(["serve"])).toEqual({
      kind: "serve",
      host: "127.0.0.1",
      port: 0,
      clock: "real",
      speed: 1,
      clockSkewMs: 0,
      pageSize: 100,
      throttle: { ratePerSecond: 2, burst: 5 },
      auth: "require",
      credentials: [],
      allowUnsignedPayload: false,
      grants: {},
      accounts: {},
      tokenTtlSeconds: 3600,
      requestLog: { maxEntries: 10_000, maxBytes: 16 * 1024 * 1024, maxBodyBytes: 8192 },
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      exitWhenDone: false,
      exitGraceSeconds: 10,
      quiet: false,
    });
  });

  it("reads every option", () => {
    const command = parseCommand([
      "serve",
      "--host=0.0.0.0",
      "--control-token",
      "s3cret",
      "--port",
      "8080",
      "--scenario",
      "demo",
      "--speed",
      "4",
      "--clock-skew=-5400.5",
      "--page-size",
      "5",
      "--throttle",
      "10/20",
      "--auth",
      "verify",
      "--credential",
      "AKID:sec:ret",
      "--allow-unsigned-payload",
      "--grant",
      "AKID=inst-1,inst-2",
      "--grant",
      "OTHER=inst-3",
      "--grant",
      "AKID=inst-4",
      "--account",
      "111122223333=AKID,AKID2",
      "--account",
      "444455556666=OTHER",
      "--token-ttl",
      "60",
      "--request-log-size",
      "500",
      "--request-log-bytes",
      "4000000",
      "--request-log-body",
      "0",
      "--headers-timeout",
      "0.5",
      "--request-timeout",
      "2",
      "--keep-alive-timeout",
      "1.25",
      "--exit-when-done",
      "--exit-grace",
      "0",
      "--quiet",
    ]);
    expect(command).toMatchObject({
      host: "0.0.0.0",
      controlToken: "s3cret",
      port: 8080,
      scenario: "demo",
      speed: 4,
      clockSkewMs: -5_400_500,
      pageSize: 5,
      throttle: { ratePerSecond: 10, burst: 20 },
      auth: "verify",
      credentials: [{ accessKeyId: "AKID", secretAccessKey: "sec:ret" }],
      allowUnsignedPayload: true,
      grants: { AKID: ["inst-1", "inst-2", "inst-4"], OTHER: ["inst-3"] },
      accounts: { "111122223333": ["AKID", "AKID2"], "444455556666": ["OTHER"] },
      tokenTtlSeconds: 60,
      requestLog: { maxEntries: 500, maxBytes: 4_000_000, maxBodyBytes: 0 },
      headersTimeoutMs: 500,
      requestTimeoutMs: 2000,
      keepAliveTimeoutMs: 1250,
      exitWhenDone: true,
      exitGraceSeconds: 0,
      quiet: true,
    });
    expect(parseCommand(["serve", "--throttle", "off"])).toMatchObject({ throttle: false });
    expect(parseCommand(["--help"])).toEqual({ kind: "help" });
    expect(parseCommand(["--version"])).toEqual({ kind: "version" });
    expect(parseCommand(["-v"])).toEqual({ kind: "version" });
  });

  it("takes the control token from the command line or RTCA_FAKE_CONTROL_TOKEN, and never exposes an open control plane", () => {
    expect(parseCommand(["serve"], { RTCA_FAKE_CONTROL_TOKEN: "from-env" })).toMatchObject({
      controlToken: "from-env",
    });
    expect(parseCommand(["serve", "--control-token", "flag"], { RTCA_FAKE_CONTROL_TOKEN: "env" })).toMatchObject({
      controlToken: "flag",
    });
    expect(parseCommand(["serve"], { RTCA_FAKE_CONTROL_TOKEN: "" })).not.toHaveProperty("controlToken");
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "example.com"]) {
      expect(() => parseCommand(["serve", "--host", host])).toThrow(
        new RegExp(`--host ${host} can be reached from other machines.*--control-token.*--insecure-control`),
      );
      expect(parseCommand(["serve", "--host", host, "--insecure-control"])).toMatchObject({ host });
      expect(parseCommand(["serve", "--host", host], { RTCA_FAKE_CONTROL_TOKEN: "t" })).toMatchObject({
        host,
        controlToken: "t",
      });
    }
    for (const host of ["127.0.0.1", "localhost", "::1"]) {
      expect(parseCommand(["serve", "--host", host])).toMatchObject({ host });
    }
    expect(() => parseCommand(["serve", "--control-token", "a b"])).toThrow(
      /--control-token: the control token must be/,
    );
    expect(() => parseCommand(["serve"], { RTCA_FAKE_CONTROL_TOKEN: "a\nb" })).toThrow(/RTCA_FAKE_CONTROL_TOKEN: /);
  });

  it.each([
    [[], /missing command/],
    [["run"], /unknown command "run"/],
    [["serve", "--port", "70000"], /--port expects a port/],
    [["serve", "--port", "abc"], /--port expects/],
    [["serve", "--clock", "fast"], /--clock expects real or virtual/],
    [["serve", "--speed", "0"], /--speed expects/],
    [["serve", "--clock", "virtual", "--speed", "2"], /--speed applies to a real clock/],
    [["serve", "--page-size", "101"], /--page-size expects a whole number from 1 to 100/],
    [["serve", "--account", "111122223333"], /--account expects <account id>=<access key id>/],
    [["serve", "--account", "111122223333=A,"], /--account expects/],
    [["serve", "--account", "1234=AKID"], /--account: an account id is 12 digits, got "1234"/],
    [
      ["serve", "--account", "111122223333=AKID", "--account", "444455556666=AKID"],
      /--account: access key AKID cannot belong to both 111122223333 and 444455556666/,
    ],
    [["serve", "--request-log-size", "0"], /--request-log-size expects a whole number from 1 to 100000/],
    [["serve", "--request-log-bytes", "1000"], /--request-log-bytes expects a whole number from 2097152/],
    [["serve", "--request-log-body", "1.5"], /--request-log-body expects a whole number/],
    [["serve", "--throttle", "fast"], /--throttle expects/],
    [["serve", "--auth", "verify"], /needs at least one --credential/],
    [["serve", "--credential", "nocolon"], /--credential expects/],
    [["serve", "--exit-when-done"], /needs a --scenario/],
    [["serve", "--keep-alive-timeout", "0"], /--keep-alive-timeout expects a number of seconds/],
    [["serve", "--headers-timeout", "60"], /--headers-timeout must not be longer than --request-timeout/],
    [["serve", "--grant", "AKID"], /--grant expects <access key id>=<instance id>/],
    [["serve", "--grant", "AKID=a,,b"], /--grant expects/],
    [["serve", "--allow-unsigned-payload"], /applies to --auth verify/],
    [["serve", "--bogus"], /^unknown option --bogus$/],
    [["serve", "--scenaro", "demo"], /^unknown option --scenaro \(did you mean --scenario\?\)$/],
    [["serve", "-x"], /^unknown option -x$/],
    [["serve", "--port"], /^--port needs a value$/],
    [["serve", "--port", "--quiet"], /^--port needs a value$/],
    [["serve", "--clock-skew", "-60"], /^--clock-skew needs a value; write a negative one as --clock-skew=-60$/],
    [["serve", "--clock-skew", "1e12"], /--clock-skew expects a number of seconds from -315360000 to 315360000/],
    [["serve", "--quiet=yes"], /^--quiet takes no value$/],
    [["serve", "--port", "1", "--port", "2"], /^--port is given more than once$/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
