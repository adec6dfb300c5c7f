#!/usr/bin/env bash
# Builds the release preset and runs the benchmarks; prints the figures and records them in
# docs/performance.md. Usage: scripts/bench.sh [prospects]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
bash scripts/build.sh release >/dev/null
out="$(mktemp)"
build/release/bench/bench_sync "$rows" 2>/dev/null | tee "$out"
list_out="$(mktemp)"
QT_QPA_PLATFORM=offscreen build/release/bench/bench_list "$rows" 2>/dev/null | tee "$list_out"
scoring_out="$(mktemp)"
QT_QPA_PLATFORM=offscreen build/release/bench/bench_scoring "$rows" 2>/dev/null | tee "$scoring_out"
import_out="$(mktemp)"
build/release/bench/bench_import 10000 2>/dev/null | tee "$import_out"
python3 - "$out" "$list_out" "$scoring_out" "$import_out" <<'PY'
import datetime, platform, re, subprocess, sys
from pathlib import Path
figures = Path(sys.argv[1]).read_text()
list_figures = Path(sys.argv[2]).read_text()
doc = Path("docs/performance.md")
text = doc.read_text() if doc.exists() else "# Performance\n"
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
section = (f"## Sync (bench/bench_sync.cpp)\n\nLast run: {datetime.date.today()} on {cpu or platform.machine()}, "
           f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, release build, "
           "server and clients on loopback.\n\n" + figures.strip() + "\n")
pattern = re.compile(r"## Sync \(bench/bench_sync.cpp\)\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
list_section = (f"## Prospects list (bench/bench_list.cpp)\n\nLast run: {datetime.date.today()}, release build, "
                "replica filled directly (no server).\n\n" + list_figures.strip() + "\n")
list_pattern = re.compile(r"## Prospects list \(bench/bench_list.cpp\)\n.*?(?=\n## |\Z)", re.S)
text = list_pattern.sub(list_section, text) if list_pattern.search(text) else text.rstrip() + "\n\n" + list_section
scoring_figures = Path(sys.argv[3]).read_text()
scoring_section = (f"## Scoring and proximity (bench/bench_scoring.cpp)\n\nLast run: {datetime.date.today()}, release build, "
                   "replica filled directly (no server).\n\n" + scoring_figures.strip() + "\n")
scoring_pattern = re.compile(r"## Scoring and proximity \(bench/bench_scoring.cpp\)\n.*?(?=\n## |\Z)", re.S)
text = (scoring_pattern.sub(scoring_section, text) if scoring_pattern.search(text)
        else text.rstrip() + "\n\n" + scoring_section)
import_figures = Path(sys.argv[4]).read_text()
import_section = (f"## CSV import (bench/bench_import.cpp)\n\nLast run: {datetime.date.today()}, release build, "
                  "replica on disk, server on an embedded PostgreSQL over loopback.\n\n" + import_figures.strip() + "\n")
import_pattern = re.compile(r"## CSV import \(bench/bench_import.cpp\)\n.*?(?=\n## |\Z)", re.S)
text = (import_pattern.sub(import_section, text) if import_pattern.search(text)
        else text.rstrip() + "\n\n" + import_section)
doc.write_text(text)
PY
echo "Recorded in docs/performance.md"
