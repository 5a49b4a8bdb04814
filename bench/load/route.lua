-- One route of the mixed API load (bench/load_bench.sh): wrk sends LOAD_METHOD to the paths of the file
-- LOAD_PATHS in turn (one per line), with the body of the same line of LOAD_BODIES when given, as the user of
-- LOAD_COOKIE and LOAD_CSRF. wrk counts the answers that are not 2xx.
local function lines(file)
  local out = {}
  if not file or file == "" then return out end
  for line in io.lines(file) do out[#out + 1] = line end
  return out
end

local paths = lines(os.getenv("LOAD_PATHS"))
local bodies = lines(os.getenv("LOAD_BODIES"))
local method = os.getenv("LOAD_METHOD") or "GET"
local i = 0
local last = nil
local logged = 0
local errors_file = os.getenv("LOAD_ERRORS")

wrk.headers["Cookie"] = "kvalis_session=" .. (os.getenv("LOAD_COOKIE") or "")
wrk.headers["X-CSRF-Token"] = os.getenv("LOAD_CSRF") or ""
if #bodies > 0 then wrk.headers["Content-Type"] = "application/json" end

request = function()
  i = i + 1
  local k = (i - 1) % #paths + 1
  last = paths[k]
  return wrk.format(method, paths[k], nil, bodies[k])
end

-- The first answers that are not 2xx go to LOAD_ERRORS (path of the last request sent: exact with one
-- connection, close enough to find the cause with several).
response = function(status, headers, body)
  if status >= 300 and errors_file and logged < 5 then
    logged = logged + 1
    local f = io.open(errors_file, "a")
    f:write(status, " ", last or "", " ", body or "", "\n")
    f:close()
  end
end
