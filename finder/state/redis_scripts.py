"""The Lua scripts the Redis store runs: a turn's two round trips, counters, and purging."""

# KEYS: lock, then the reply, conversation and rate-count keys to read. ARGV: token, lock
# milliseconds. Returns {0} when another turn holds the lock, else {1, each value or ''}.
BEGIN = """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return {0} end
local found = {1}
for i = 2, #KEYS do found[i] = redis.call('GET', KEYS[i]) or '' end
return found
"""
# KEYS: lock, conversation, reply, outbox, rate count, then ARGV[8] keys to delete (previous
# number keys' conversations on a save or an erase, their outboxes on an erase), then one usage
# hash per counted row. ARGV: token, action, state, reply, their milliseconds to keep, the rate
# count's milliseconds ('' when not counted), the number of keys to delete, each row's field.
COMMIT = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local gone = tonumber(ARGV[8])
for i = 6, 5 + gone do redis.call('DEL', KEYS[i]) end
if ARGV[2] == 'save' then redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[5])
elseif ARGV[2] == 'erase' then redis.call('DEL', KEYS[2], KEYS[4]) end
if ARGV[2] ~= 'none' then redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[6]) end
if ARGV[7] ~= '' and redis.call('INCR', KEYS[5]) == 1 then
  redis.call('PEXPIRE', KEYS[5], ARGV[7])
end
for i = 6 + gone, #KEYS do redis.call('HINCRBY', KEYS[i], ARGV[i + 3 - gone], 1) end
redis.call('DEL', KEYS[1])
return 1
"""
# Delete a key only if it still holds what was judged expired (no turn has written it since).
DROP = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
COUNT = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
"""
