#!/usr/bin/env bash
# Makes sure the browser tests have a browser: Debian's Chromium plus fonts. Idempotent: does
# nothing when Chromium (or $CHROME_PATH) is already there. Test tools never download their own.
set -euo pipefail

if [[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]]; then
  echo "setup: using CHROME_PATH=${CHROME_PATH}"
  exit 0
fi
for name in chromium chromium-browser google-chrome; do
  if found="$(command -v "$name")"; then
    echo "setup: found $found ($("$found" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
  fi
done

packages=(chromium fonts-liberation fonts-dejavu-core)
if [[ "$(id -u)" -ne 0 ]]; then
  echo "setup: Chromium is missing and this is not root, so it cannot be installed here." >&2
  echo "setup: install it with: sudo apt-get update && sudo apt-get install -y ${packages[*]}" >&2
  echo "setup: (or point CHROME_PATH at a Chromium or Chrome binary)" >&2
  exit 1
fi

echo "setup: installing ${packages[*]} (about 40 s)"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y "${packages[@]}"
command -v chromium >/dev/null || { echo "setup: chromium still not on PATH after install" >&2; exit 1; }
echo "setup: installed $(chromium --version 2>/dev/null || command -v chromium)"
