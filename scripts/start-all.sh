#!/usr/bin/env bash
# Runs the built API and worker together; stopping this script stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

node dist/apps/api/apps/api/src/main.js &
api=$!
node dist/apps/worker/apps/worker/src/main.js &
worker=$!
trap 'kill -TERM "$api" "$worker" 2>/dev/null; wait' INT TERM
echo "Coach app on ${APP_URL:-http://localhost:3000}/app, GraphQL on ${APP_URL:-http://localhost:3000}/graphql (API pid $api), worker pid $worker. Ctrl-C stops both."
wait -n "$api" "$worker"
kill -TERM "$api" "$worker" 2>/dev/null || true
wait
