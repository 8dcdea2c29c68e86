#!/usr/bin/env bash
# Every check: lint (with the architecture's import boundaries), type check, build, then unit and
# integration tests against the real Postgres, Redis and SMTP. Integration tests create and
# drop their own database.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-tools.sh
npm run lint
npm run typecheck
npm run build # the process tests run the built apps
report=$(mktemp)
status=0
NODE_OPTIONS=--experimental-vm-modules jest --maxWorkers=2 --json --outputFile="$report" "$@" || status=$?
node -e '
  const r = require(process.argv[1]);
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' "$report" || true
rm -f "$report"
exit "$status"
