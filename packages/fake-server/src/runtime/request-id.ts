// Request ids as AWS sends them: random (version 4) UUIDs. crypto.randomUUID builds each one out of some twenty
// short strings; on a server answering tens of thousands of requests a second that garbage is worth avoiding, so
// the text is written into a scratch buffer and read out as one string. The bytes come from the same
// cryptographically strong source, drawn in batches.
import { randomFillSync } from "node:crypto";

const IDS_PER_BATCH = 256;
// The two hex digits of every byte, as character codes: HEX_PAIRS[2 * b] and HEX_PAIRS[2 * b + 1].
const HEX_PAIRS = Buffer.from(Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0")).join(""));

/** A source of fresh request ids: random version 4 UUIDs in lower case. */
export function createRequestIds(): () => string {
  const random = Buffer.alloc(16 * IDS_PER_BATCH);
  // 8-4-4-4-12 hex digits; the hyphens never move.
  const text = Buffer.from("00000000-0000-0000-0000-000000000000");
  let offset = random.length;
  const put = (at: number, byte: number) => {
    text[at] = HEX_PAIRS[2 * byte]!;
    text[at + 1] = HEX_PAIRS[2 * byte + 1]!;
  };
  return () => {
    if (offset === random.length) {
      randomFillSync(random);
      offset = 0;
    }
    const b = offset;
    offset += 16;
    put(0, random[b]!);
    put(2, random[b + 1]!);
    put(4, random[b + 2]!);
    put(6, random[b + 3]!);
    put(9, random[b + 4]!);
    put(11, random[b + 5]!);
    put(14, (random[b + 6]! & 0x0f) | 0x40); // version 4
    put(16, random[b + 7]!);
    put(19, (random[b + 8]! & 0x3f) | 0x80); // variant 10xx
    put(21, random[b + 9]!);
    for (let i = 10; i < 16; i++) put(24 + 2 * (i - 10), random[b + i]!);
    return text.toString("latin1", 0, 36);
  };
}
