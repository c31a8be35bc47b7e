#!/usr/bin/env bash
# Installs what the tests need (Debian Chromium included) and runs every test:
# lint, types, unit and integration (vitest), browser (Playwright on Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "Installing Debian Chromium for the browser tests..."
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium
  fi
fi

pnpm lint
pnpm typecheck
pnpm build
pnpm test:unit
pnpm test:e2e
