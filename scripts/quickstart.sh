#!/usr/bin/env bash
# Installs, builds, creates and migrates the database, seeds a demo organization, then runs the
# API and the worker in the foreground (Ctrl-C stops both).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
npm run build
npm run services:check
npm run db:setup
npm run db:seed
npm run start:all
