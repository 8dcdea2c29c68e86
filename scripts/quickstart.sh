#!/usr/bin/env bash
# Installs, builds (the coach app too), creates and migrates the database, seeds a demo organization,
# then runs the API and the worker in the foreground (Ctrl-C stops both). The API serves the coach
# app at http://localhost:3000/app.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
npm run build
npm run services:check
npm run db:setup
npm run db:seed
echo "Open ${APP_URL:-http://localhost:3000}/app and sign in with one of the logins above."
npm run start:all
