#!/usr/bin/env bash
# npm run security:scan — sqlmap (Debian's package) against a Baton started on
# loopback with a throw-away copy of the demo organization, signed in with an
# HR API token so every parameter is reached past authentication. Bounded:
# level 2, risk 1 (no statements that change data), boolean, error and UNION
# techniques (time-based ones would take hours and test the same queries).
# Prints one line per target and exits 1 when sqlmap finds an injection.
# Needs a production build (`npx next build`) and sqlmap (`apt-get install sqlmap`).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

PORT="${BATON_SCAN_PORT:-3299}"
BASE="http://127.0.0.1:$PORT"
OUT="data/security-scan"
# An empty scratch database: SQLite by default, or BATON_SCAN_DATABASE_URL (e.g. a fresh PostgreSQL database).
export DATABASE_URL="${BATON_SCAN_DATABASE_URL:-file:./data/security-scan.db}"
export AUTH_SECRET="security-scan-only-secret-0123456789abcdef"

command -v sqlmap >/dev/null || { echo "security:scan needs sqlmap: apt-get install sqlmap" >&2; exit 2; }
[ -d "${BATON_DIST_DIR:-.next}" ] || { echo "security:scan needs a production build: npx next build" >&2; exit 2; }

rm -rf "$OUT" data/security-scan.db && mkdir -p "$OUT"
npx tsx --conditions=react-server scripts/seed.ts --people 200 >"$OUT/seed.log"
TOKEN="$(npx tsx --conditions=react-server scripts/baton.ts token create hr@baton.example --name security-scan --expires 1 | tail -1 | tr -d '[:space:]')"

if curl -fs -o /dev/null "$BASE/login"; then echo "security:scan: port $PORT is taken; set BATON_SCAN_PORT" >&2; exit 2; fi
# Its own process group, so the server npx forks is stopped with it.
setsid npx next start -H 127.0.0.1 -p "$PORT" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill -- -$SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "$BASE/login" && break; sleep 1; done
seat() { curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/positions?pageSize=50&sort=positionId" |
  node -e "let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => console.log(JSON.parse(s).rows.find((r) => r.incumbentEmployeeId).$1))"; }
EMPLOYEE="$(seat incumbentEmployeeId)"
POSITION="$(seat positionId)"

# Every free-text input an attacker controls, in the query string, the path
# and JSON bodies; enumerated parameters (sort, flag, dates) are refused by
# zod before any query and are left out to keep the scan short.
TARGETS=(
  "GET $BASE/api/v1/positions?q=director&orgUnit=Finance&level=L3"
  "GET $BASE/api/v1/people/$EMPLOYEE*"
  "GET $BASE/api/v1/nominations?positionId=$POSITION"
  "GET $BASE/api/v1/heatmap?orgUnit=Finance"
  "POST $BASE/api/v1/scenarios/simulate {\"leavers\":[\"$EMPLOYEE\"]}"
  "POST $BASE/api/v1/nominations {\"positionId\":\"$POSITION\",\"candidateId\":\"$EMPLOYEE\",\"readiness\":\"ready_now\",\"rationale\":\"scan\"}"
)

found=0
for target in "${TARGETS[@]}"; do
  read -r method url body <<<"$target"
  headers="Authorization: Bearer $TOKEN"
  args=(-u "$url" --batch --level 2 --risk 1 --technique BEU --threads 2 --timeout 15 --retries 1 --output-dir "$OUT" --disable-coloring)
  if [ "$method" = POST ]; then
    headers+=$'\nContent-Type: application/json'
    args+=(--method POST --data "$body")
  fi
  args+=(--headers "$headers")
  log="$OUT/$(echo "$method $url" | tr -c 'A-Za-z0-9' '_' | cut -c1-80).log"
  sqlmap "${args[@]}" >"$log" 2>&1 || true
  if grep -q "identified the following injection point" "$log"; then
    found=1
    echo "INJECTABLE  $method $url  (see $log)"
  elif grep -qE "do not appear to be injectable|does not seem to be injectable" "$log"; then
    echo "clean       $method $url  ($(grep -c "testing '" "$log") tests)"
  else
    found=1
    echo "NO VERDICT  $method $url  (see $log)"
  fi
done
exit $found
