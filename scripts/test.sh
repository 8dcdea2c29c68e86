#!/usr/bin/env bash
# Every check: formatting, lint (with the architecture's import boundaries), type check, build, then unit and
# integration tests against the real Postgres and Redis. Integration tests create and
# drop their own database.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-tools.sh

# Runs the commands side by side and prints each one's output once it has ended; fails if any failed.
# The checks below are independent and mostly single-threaded: together they keep both cores busy.
side_by_side() {
  local logs failed=0 index
  local pids=()
  logs=$(mktemp -d)
  index=0
  for command in "$@"; do
    bash -c "$command" >"$logs/$index.log" 2>&1 &
    pids+=($!)
    index=$((index + 1))
  done
  index=0
  for command in "$@"; do
    if wait "${pids[$index]}"; then echo "✔ $command"; else echo "✘ $command" && failed=1; fi
    cat "$logs/$index.log"
    index=$((index + 1))
  done
  rm -rf "$logs"
  return "$failed"
}

# The build emits without a type check of its own (emit-only): the type check beside it covers the same code.
# The process tests run the built apps; the browser tests serve the built coach app.
side_by_side \
  'npm run format:check' \
  'npm run lint' \
  'npm run typecheck' \
  'nx run-many -t build -p api worker web -c emit-only --exclude-task-dependencies'
NODE_OPTIONS=--experimental-vm-modules jest --maxWorkers=2 --reporters=default --reporters=./test/support/summary-reporter.js "$@"
