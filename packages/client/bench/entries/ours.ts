// The program whose browser bundle is measured: one ListRealtimeContactAnalysisSegmentsV2 call with this client.
import { ConnectClient } from "@rtca/client";

const client = new ConnectClient({
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
});
const page = await client.listRealtimeContactAnalysisSegmentsV2({
  InstanceId: "instance-1",
  ContactId: "contact-1",
  OutputType: "Raw",
  SegmentTypes: ["Transcript"],
});
console.log(page.Segments.length);
