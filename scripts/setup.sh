#!/usr/bin/env bash
# Makes sure the browser tests have a browser: Debian's Chromium plus fonts (text, and colour
# emoji for the feed's reactions in screenshots). Idempotent: installs only what is missing.
# Test tools never download their own browser.
set -euo pipefail

missing=()
browser=""
if [[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]]; then
  browser="${CHROME_PATH}"
else
  for name in chromium chromium-browser google-chrome; do
    if found="$(command -v "$name")"; then browser="$found"; break; fi
  done
fi
[[ -n "$browser" ]] || missing+=(chromium fonts-liberation fonts-dejavu-core)
if command -v dpkg >/dev/null && ! dpkg -s fonts-noto-color-emoji >/dev/null 2>&1; then
  missing+=(fonts-noto-color-emoji)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup: found $browser ($("$browser" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
  if [[ -n "$browser" ]]; then
    echo "setup: using $browser; for emoji in screenshots: sudo apt-get install -y ${missing[*]}" >&2
    exit 0
  fi
  echo "setup: Chromium is missing and this is not root, so it cannot be installed here." >&2
  echo "setup: install it with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  echo "setup: (or point CHROME_PATH at a Chromium or Chrome binary)" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update && apt-get install -y "${missing[@]}"; }; then
  # Emoji only change how screenshots look: with a browser present, tests can still run.
  [[ -n "$browser" ]] || exit 1
  echo "setup: could not install ${missing[*]}; going on without them" >&2
fi
if [[ -z "$browser" ]]; then
  command -v chromium >/dev/null || { echo "setup: chromium still not on PATH after install" >&2; exit 1; }
  echo "setup: installed $(chromium --version 2>/dev/null || command -v chromium)"
fi
