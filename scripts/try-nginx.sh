#!/usr/bin/env bash
# Runs deploy/nginx/partnerboard.conf on loopback in front of two Partnerboard processes that share
# a fresh PostgreSQL database and Redis, checks it through nginx (scripts/try-nginx-check.ts), and
# removes everything it started or created, whether the check passes or not.
#
# Needs nginx, psql and curl on the PATH, PostgreSQL (PGHOST, PGPORT, PGUSER, PGPASSWORD; default
# postgres@127.0.0.1:5432) and Redis (REDIS_URL, default redis://127.0.0.1:6379). WEB_DIST names
# the web app build to serve (default apps/web/dist, built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
redis_url=${REDIS_URL:-redis://127.0.0.1:6379}
web_dist=${WEB_DIST:-$PWD/apps/web/dist}
database=partnerboard_nginx_check_$$
metrics_token=try-nginx-metrics-token-$$
work=$(mktemp -d /tmp/partnerboard-nginx.XXXXXX)
# nginx's workers run as nobody when started by root, and read and write under this folder.
chmod 755 "$work"
server_pids=()
watcher_pids=()
nginx_pid=
database_created=

cleanup() {
  local status=$?
  for pid in "${server_pids[@]}" $nginx_pid; do kill "$pid" 2>/dev/null || true; done
  for pid in "${watcher_pids[@]}" $nginx_pid; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$database_created" ]; then
    psql -d postgres -qX -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null || true
  fi
  if [ "$status" -ne 0 ]; then
    for log in "$work"/*.log; do
      [ -s "$log" ] && { echo "--- last lines of $(basename "$log")"; tail -n 20 "$log"; }
    done
    echo "try-nginx: FAILED" >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  echo "try-nginx: $*" >&2
  exit 1
}

# Waits for `url` to answer 200, failing early when the process behind it (`pid`) has exited.
wait_for() {
  local url=$1 pid=$2 name=$3
  for _ in $(seq 300); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || fail "$name exited before answering $url"
    sleep 0.1
  done
  fail "$name did not answer $url within 30 s"
}

for tool in nginx psql curl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (on Debian: apt-get install -y ${tool/psql/postgresql-client})"
done

# Build what is missing or older than its sources: the server bundle is quick, the web app less so.
if [ ! -f apps/server/dist/main.js ] || [ -n "$(find apps/server/src packages/*/src -name '*.ts' -newer apps/server/dist/main.js -print -quit)" ]; then
  echo "Building the server..."
  pnpm --filter @partnerboard/server build >/dev/null
fi
if [ ! -f "$web_dist/index.html" ]; then
  [ -z "${WEB_DIST:-}" ] || fail "WEB_DIST=$WEB_DIST holds no index.html"
  echo "Building the web app..."
  pnpm --filter @partnerboard/web build >/dev/null
fi

# Three free loopback ports, held open together so that they differ.
read -r nginx_port port_1 port_2 < <(node -e '
  const net = require("node:net");
  const servers = [0, 1, 2].map(() => net.createServer());
  Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, "127.0.0.1", ok)))).then(() => {
    console.log(servers.map((s) => s.address().port).join(" "));
    for (const s of servers) s.close();
  });')

psql -d postgres -qX -c "CREATE DATABASE $database" >/dev/null
database_created=1
database_url="postgres://$PGUSER@$PGHOST:$PGPORT/$database"
echo "PostgreSQL database $database on $PGHOST:$PGPORT, Redis at $redis_url"

# Each process runs under a subshell that waits for it, so that the SIGKILL the check sends it
# passes without bash reporting "Killed".
for i in 1 2; do
  port_var=port_$i
  (
    PORT=${!port_var} HOST=127.0.0.1 DATABASE_URL=$database_url REDIS_URL=$redis_url WEB_DIST=$web_dist \
      METRICS_TOKEN=$metrics_token LOG_LEVEL=warn MAX_CONNECTIONS_PER_ADDRESS=100000 CREATE_BOARDS_PER_MINUTE=10000 \
      node apps/server/dist/main.js >"$work/process-$i.log" 2>&1 &
    echo $! >"$work/process-$i.pid"
    wait $! 2>/dev/null
  ) &
  watcher_pids+=($!)
done
for i in 1 2; do
  until [ -s "$work/process-$i.pid" ]; do sleep 0.05; done
  server_pids+=("$(cat "$work/process-$i.pid")")
done
for i in 1 2; do
  port_var=port_$i
  wait_for "http://127.0.0.1:${!port_var}/healthz" "${server_pids[$((i - 1))]}" "process $i"
done
echo "Partnerboard processes on 127.0.0.1:$port_1 and 127.0.0.1:$port_2"

# The configuration as shipped, with only the upstream addresses, the listen line and the log path replaced.
sed -e "s/server 127\.0\.0\.1:8787 /server 127.0.0.1:$port_1 /" \
  -e "s/server 127\.0\.0\.1:8788 /server 127.0.0.1:$port_2 /" \
  -e "s/listen 80;/listen 127.0.0.1:$nginx_port;/" \
  -e "s|/var/log/nginx/access.log|$work/access.log|" \
  deploy/nginx/partnerboard.conf >"$work/partnerboard.conf"
for line in "server 127.0.0.1:$port_1 " "server 127.0.0.1:$port_2 " "listen 127.0.0.1:$nginx_port;" "access_log $work/access.log"; do
  grep -qF "$line" "$work/partnerboard.conf" || fail "deploy/nginx/partnerboard.conf no longer has the line this script replaces to get \"$line\""
done
cat >"$work/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log notice;
events {
    worker_connections 1024;
}
http {
    client_body_temp_path $work/client_body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/partnerboard.conf;
}
EOF
nginx_args=(-p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log")
nginx -t -q "${nginx_args[@]}" || fail "nginx refused the configuration"
nginx "${nginx_args[@]}" &
nginx_pid=$!
wait_for "http://127.0.0.1:$nginx_port/healthz" "$nginx_pid" nginx
echo "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') on 127.0.0.1:$nginx_port"

NGINX_URL=http://127.0.0.1:$nginx_port \
  PROCESS_URLS=http://127.0.0.1:$port_1,http://127.0.0.1:$port_2 \
  PROCESS_PIDS=${server_pids[0]},${server_pids[1]} \
  METRICS_TOKEN=$metrics_token \
  node --import tsx scripts/try-nginx-check.ts

# A graceful stop writes the log lines of the sockets still open.
kill -QUIT "$nginx_pid"
wait "$nginx_pid" || true
nginx_pid=
if grep -q 'token=' "$work/access.log"; then
  fail "nginx's access log holds a token"
fi
echo "  ok  nginx's access log ($(wc -l <"$work/access.log") requests) holds no token; requests per upstream:"
sed -n -e 's/.*upstream=-$/nginx itself/p' -e 's/.*upstream=//p' "$work/access.log" | sort | uniq -c | sed 's/^/        /'
echo "try-nginx: passed"
