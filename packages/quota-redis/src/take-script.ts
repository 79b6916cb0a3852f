// The token bucket's one step, as a Lua script Redis runs atomically: refill from the time elapsed on Redis's own
// clock (TIME, so hosts whose clocks disagree still share one bucket fairly), then take a token, or say how long to
// wait, or (backing off) empty the bucket and pause it. A process that dies mid-take leaves either a whole step or
// none, and holds nothing: there is no lock to release. The key expires once a full bucket would carry no news.
//
// KEYS[1]  the bucket (a hash: tokens, updated, paused; ms on Redis's clock)
// ARGV[1]  rate (requests per second)   ARGV[2]  burst
// ARGV[3]  "take" or "backoff"          ARGV[4]  with backoff: how long to pause, in ms
// Returns: with take, 0 when a token was taken, or the ms to wait before trying again; with backoff, 0.
export const TAKE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updated', 'paused')
local tokens = tonumber(state[1]) or burst
local updated = tonumber(state[2]) or now
local paused = tonumber(state[3]) or 0
if now > updated then
  tokens = math.min(burst, tokens + (now - updated) * rate / 1000)
  updated = now
end
local wait = 0
if ARGV[3] == 'backoff' then
  local pauseUntil = now + tonumber(ARGV[4])
  if pauseUntil > paused then paused = pauseUntil end
  tokens = 0
  if paused > updated then updated = paused end
elseif now < paused then
  wait = paused - now
elseif tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.ceil((1 - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(updated), 'paused', tostring(paused))
local idle = math.ceil(burst * 1000 / rate) + math.max(0, paused - now) + 1000
redis.call('PEXPIRE', KEYS[1], idle)
return wait
`;
