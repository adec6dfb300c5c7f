#!/usr/bin/env bash
# Installs what is needed, builds, starts hector-server on its embedded PostgreSQL with demo data,
# then opens the desktop client. Closing the client stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/build.sh release

BIN=build/release
PORT="${HECTOR_PORT:-8080}"
if [ "$(id -u)" -eq 0 ]; then DATA="${HECTOR_DATA_DIR:-/var/lib/hector-server}"; else DATA="${HECTOR_DATA_DIR:-$HOME/.local/share/hector-server}"; fi
mkdir -p "$DATA"
LOG="$DATA/hector-server.log"

echo "Démarrage de hector-server (données : $DATA, journal : $LOG)…"
# The demo stays offline: geocoding from the shipped postcode centroids, no call to the public Nominatim.
"$BIN/server/hector-server" --data-dir "$DATA" --port "$PORT" --demo --nominatim-base-url= 2>>"$LOG" &
SERVER_PID=$!
trap 'kill -TERM $SERVER_PID 2>/dev/null; wait $SERVER_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 $SERVER_PID 2>/dev/null; then echo "hector-server s'est arrêté, voir $LOG" >&2; tail -20 "$LOG" >&2; exit 1; fi
  sleep 0.5
done

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Aucun affichage graphique détecté : le client s'ouvre sur un écran virtuel (Xvfb)."
  echo "Le serveur reste disponible sur http://127.0.0.1:$PORT (Ctrl+C pour arrêter)."
  xvfb-run -a -s "-screen 0 1366x768x24" "$BIN/app/hector" --server "http://127.0.0.1:$PORT" &
  wait $SERVER_PID
else
  "$BIN/app/hector" --server "http://127.0.0.1:$PORT"
fi
