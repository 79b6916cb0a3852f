// The same program with AWS's SDK, for comparison.
import { ConnectClient, ListRealtimeContactAnalysisSegmentsV2Command } from "@aws-sdk/client-connect";

const client = new ConnectClient({
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
});
const page = await client.send(
  new ListRealtimeContactAnalysisSegmentsV2Command({
    InstanceId: "instance-1",
    ContactId: "contact-1",
    OutputType: "Raw",
    SegmentTypes: ["Transcript"],
  }),
);
console.log(page.Segments?.length);
