// The same call in AWS's SDK style: the base client and one command, as a program written for AWS's SDK has it.
import { ConnectBaseClient, ListRealtimeContactAnalysisSegmentsV2Command } from "@rtca/client";

const client = new ConnectBaseClient({
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
console.log(page.Segments.length);
