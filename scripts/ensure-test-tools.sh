#!/usr/bin/env bash
# System tools some tests drive: Debian's docker-compose (validates docker-compose.yml without
# an engine) and Chromium (the candidate page's browser test, driven by playwright-core).
# Installed when missing and possible; otherwise say how.
set -euo pipefail

missing=()
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test tools: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing test tools: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]})." >&2
  exit 1
fi
