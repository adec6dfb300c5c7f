#!/usr/bin/env bash
# Longer runs of the sync oracle property test (tests/sync/tst_sync_oracle.cpp), with random
# seeds. Usage: scripts/sync-oracle.sh [runs] [steps]   (default 10 runs of 1000 steps)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
steps="${2:-1000}"
bash scripts/build.sh release >/dev/null
for i in $(seq 1 "$runs"); do
  seed=$(( (RANDOM << 15) | RANDOM ))
  printf 'run %d/%d: seed %d, %d steps... ' "$i" "$runs" "$seed" "$steps"
  if HECTOR_ORACLE_SEED=$seed HECTOR_ORACLE_STEPS=$steps QT_QPA_PLATFORM=offscreen \
       build/release/tests/sync/tst_sync_oracle > "/tmp/hector-oracle-$seed.log" 2>&1; then
    echo ok
  else
    echo "FAILED (log: /tmp/hector-oracle-$seed.log; replay with HECTOR_ORACLE_SEED=$seed)"
    exit 1
  fi
done
