// The typed client of the fake server's control plane (rtca.fake#FakeControl): seed instances and contacts, play
// scenarios, step the clock, inject faults. Requests to it are not signed.
export * from "./generated/fake-control/client.js";
export type { CallOptions, ClientConfig, WithMetadata } from "./runtime/index.js";
