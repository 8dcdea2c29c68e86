#!/usr/bin/env bash
# Every check: formatting, lint (with the architecture's import boundaries), type check, build, then unit and
# integration tests against the real Postgres and Redis. Integration tests create and
# drop their own database.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-tools.sh
npm run format:check
npm run lint
npm run typecheck
npm run build # the process tests run the built apps
NODE_OPTIONS=--experimental-vm-modules jest --maxWorkers=2 --reporters=default --reporters=./test/support/summary-reporter.js "$@"
