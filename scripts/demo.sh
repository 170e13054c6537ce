#!/usr/bin/env bash
# npm run demo — install, set up the embedded SQLite database with the demo
# organization (first run only) and start Baton on http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${DATABASE_URL:-file:./data/baton.db}"
PORT="${PORT:-3000}"

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Sessions are signed with AUTH_SECRET; keep one per installation.
mkdir -p data
if [ -z "${AUTH_SECRET:-}" ]; then
  [ -s data/auth-secret ] || node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))' > data/auth-secret
  AUTH_SECRET="$(cat data/auth-secret)"
  export AUTH_SECRET
fi

npx tsx --conditions=react-server scripts/seed.ts --if-empty
npx next build
echo "Baton is starting on http://localhost:$PORT — demo sign-ins are listed in README.md"
exec npx next start -p "$PORT"
