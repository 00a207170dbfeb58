-- A live page's open tab, as its script behaves (components/live/live-entries-list.tsx):
-- it asks the updates answer about once a second, and when the answer changes
-- the reader presses "N new updates", which fetches the page once.
-- wrk keeps this state per thread, not per connection: a change seen on a
-- thread makes its next `readers` requests page fetches, one per reader.
-- Arguments: the answer's path, the page's path, readers per thread.
local poll, page, readers
local last = nil
local pending = 0

function init(args)
  poll = args[1]
  page = args[2]
  readers = tonumber(args[3])
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

-- The page polls every second; the spread keeps connections from marching in step.
function delay()
  return math.random(800, 1200)
end

function request()
  if pending > 0 then
    pending = pending - 1
    return wrk.format("GET", page)
  end
  return wrk.format("GET", poll, { ["Accept"] = "application/json" })
end

function response(status, headers, body)
  if status == 200 and body:sub(1, 1) == "{" then
    if last ~= nil and body ~= last then
      pending = pending + readers
    end
    last = body
  end
end
