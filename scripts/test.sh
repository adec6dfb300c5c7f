#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (unit, server integration against a real
# temporary PostgreSQL, offscreen UI tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/build.sh release
export QT_QPA_PLATFORM=offscreen
ctest --preset release -j "$(nproc)" --timeout 600
