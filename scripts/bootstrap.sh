#!/usr/bin/env bash
# Installs every Debian 12 package needed to build, run and test Hector.
# Idempotent: running it again only installs what is missing.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev
  # Qt Charts (dashboards); its CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull
  qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  qtkeychain-qt6-dev
  # server side
  postgresql-15 postgresql-client-15 libpq-dev
  libsodium-dev libcurl4-openssl-dev libphonenumber-dev
  # the replica's bulk reads use SQLite's own API (same library Qt's driver uses)
  libsqlite3-dev
  # business-card OCR on the desktop (French and English models); camera capture
  libtesseract-dev libleptonica-dev tesseract-ocr-fra tesseract-ocr-eng qt6-multimedia-dev
  # running the desktop client without a display (screenshots, UI tests)
  xvfb xauth fonts-dejavu-core curl
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "bootstrap: all packages present"
