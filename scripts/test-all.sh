#!/usr/bin/env bash
# npm test — the whole suite: unit, integration on SQLite and PostgreSQL,
# and end-to-end in Chromium against a production build. Installs what a
# fresh machine lacks first (npm packages, chromium, PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
eval "$(bash scripts/ensure-system.sh)"
# PostgreSQL is part of the suite here, never skipped.
export CI="${CI:-true}"

rm -rf test-results && mkdir -p test-results
status=0
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=test-results/integration.json || status=1
npx next build || status=1
npx playwright test || status=1
node scripts/test-summary.mjs test-results/unit.json test-results/integration.json test-results/e2e.json || status=1
exit $status
