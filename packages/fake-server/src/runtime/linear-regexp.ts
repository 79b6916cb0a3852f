// Patterns from a model (`@pattern`) check untrusted input, and some backtrack catastrophically (`^([0-9]+)+$` on a
// long run of digits ending in a non-digit takes longer than any request may). V8 can move a regular expression to
// its linear-time engine once it backtracks too much; the server turns that on for the whole process, as soon as
// its runtime loads, so that no input can hold a request (and every other one) on a pattern.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
