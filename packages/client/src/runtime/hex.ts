/** Bytes as lowercase hexadecimal, as SigV4 and Glacier's checksum headers write digests. */
export function hex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += (byte < 16 ? "0" : "") + byte.toString(16);
  return out;
}
