// Shapes, codecs and bindings of the fake server's control plane (the rtca.fake#FakeControl service).
export * from "./generated/fake-control/index.js";
