// Whether an address to bind is reachable only from this machine.
import { isIP } from "node:net";

/** True for localhost, 127.0.0.0/8 and ::1 (also as an IPv4-mapped address); false for anything else. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (bare.toLowerCase() === "localhost") return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  const address = mapped ?? bare;
  if (isIP(address) === 4) return address.startsWith("127.");
  if (isIP(address) === 6) return /^(0{0,4}:){1,7}0{0,3}1$|^::1$/.test(address);
  return false;
}
