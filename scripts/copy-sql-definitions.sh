#!/usr/bin/env bash
# Copies the database definitions (libs/persistence/src/sql) beside a build's compiled
# persistence library, where the migrations read them. Usage: copy-sql-definitions.sh <outDir>
set -euo pipefail
target="$1/libs/persistence/src/sql"
rm -rf "$target"
mkdir -p "$(dirname "$target")"
cp -R libs/persistence/src/sql "$target"
