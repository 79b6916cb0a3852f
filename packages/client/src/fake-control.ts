// The typed client of the fake server's control plane (rtca.fake#FakeControl): seed instances and contacts, play
// scenarios, step the clock, inject faults. Requests to it are not signed; when the fake is started with a control
// token, give the same token as `token` in the client's config.
export * from "./generated/fake-control/client.js";
export type {
  BearerTokenConfig,
  CallOptions,
  ClientConfig,
  TokenIdentity,
  TokenIdentityProvider,
  WithMetadata,
} from "./runtime/index.js";
