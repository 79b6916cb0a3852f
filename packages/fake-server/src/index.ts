// @rtca/fake-server: a local Amazon Connect for ListRealtimeContactAnalysisSegmentsV2, with a control plane.
export { type Clock, type ClockMode, ClockModeError, RealClock, VirtualClock } from "./clock/clock.js";
export type { AuthOptions, Credential } from "./connect/auth/authenticator.js";
export { DEFAULT_PAGE_SIZE } from "./connect/list-segments.js";
export { SERVICE_QUOTA, type ThrottleLimits } from "./connect/throttle.js";
export { type ClockOption, CONTROL_PREFIX, createFake, type Fake, type FakeOptions } from "./fake.js";
export type { AmazonConnectServiceHandlers } from "./generated/connect/server.js";
export type { FakeControlHandlers } from "./generated/fake-control/server.js";
export { type InProcessHttpHandler, inProcessHttpHandler } from "./http/in-process.js";
export { type RunningServer, type ServeOptions, serve } from "./http/node-server.js";
export { PII_TAG } from "./redaction/spans.js";
export { ProtocolError, ServiceError } from "./runtime/index.js";
export { compileScenario } from "./scenario/compile.js";
export { BUILT_IN_SCENARIOS, DEMO_CONTACT_ID, DEMO_INSTANCE_ID, demoScenario } from "./scenario/demo.js";
export type { LoadedContact, ScenarioSource } from "./scenario/load.js";
export { ScenarioError } from "./scenario/reader.js";
export type { Contact, ContactStatus, RedactionPolicy, StoredSegment } from "./state/contact.js";
export { type FakeStore, InMemoryStore } from "./state/store.js";
