// Property tests run with a fixed seed (FC_SEED overrides it); fast-check prints the seed and path of any failure.
import * as fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129), numRuns: Number(process.env.FC_NUM_RUNS ?? 100) });
