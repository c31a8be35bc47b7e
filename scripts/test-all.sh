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

# The storage and scale-out tests use PostgreSQL (127.0.0.1:5432, database test) and Redis
# (127.0.0.1:6379) on this machine: started here if they are installed but stopped.
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v pg_isready >/dev/null 2>&1 || ! command -v redis-server >/dev/null 2>&1; then
  echo "Installing PostgreSQL and Redis for the storage and scale-out tests..."
  sudo_if_needed apt-get update -qq && sudo_if_needed apt-get install -y -qq postgresql redis-server
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "Starting PostgreSQL..."
  sudo_if_needed pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "Starting Redis..."
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
fi

pnpm lint
pnpm typecheck
pnpm build
pnpm test:unit
pnpm test:e2e
