#!/usr/bin/env bash
# Builds the release preset and runs the benchmarks; prints the figures and records them in
# docs/performance.md. Usage: scripts/bench.sh [prospects]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
bash scripts/build.sh release >/dev/null
out="$(mktemp)"
build/release/bench/bench_sync "$rows" 2>/dev/null | tee "$out"
python3 - "$out" <<'PY'
import datetime, platform, re, subprocess, sys
from pathlib import Path
figures = Path(sys.argv[1]).read_text()
doc = Path("docs/performance.md")
text = doc.read_text() if doc.exists() else "# Performance\n"
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
section = (f"## Sync (bench/bench_sync.cpp)\n\nLast run: {datetime.date.today()} on {cpu or platform.machine()}, "
           f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, release build, "
           "server and clients on loopback.\n\n" + figures.strip() + "\n")
pattern = re.compile(r"## Sync \(bench/bench_sync.cpp\)\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
doc.write_text(text)
PY
echo "Recorded in docs/performance.md"
