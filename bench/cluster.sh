#!/usr/bin/env bash
# hjälp req/s and p99: SQLite (1 instance) beside PostgreSQL with 1 and 3 instances, on a throw-away PostgreSQL.
#   bash bench/cluster.sh        → one JSON line per setup in bench/results/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/postgres.sh
dotnet build -c Release src/BplBot -v quiet -nologo > /dev/null
mkdir -p bench/results
out=bench/results/cluster-$(date -u +%Y%m%dT%H%M%SZ).jsonl
tmp=$(mktemp -d)
pids=()
stop_bots() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
trap 'stop_bots; pg_stop; rm -rf "$tmp"' EXIT
PGPORT=55470; pg_start

start_bot() { # name port provider connection-string
  Database__Provider=$3 ConnectionStrings__Bpl="$4" Jobs__InstanceId=$1 Jobs__SchedulerName=bench-$5 Bot__AppId= \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/BplBot/bin/Release/net10.0/BplBot.dll --urls "http://127.0.0.1:$2" > "$tmp/$1.log" 2>&1 &
  pids+=($!)
  until curl -sf "http://127.0.0.1:$2/healthz" > /dev/null; do sleep 0.2; done
}

start_bot s1 4101 Sqlite "Data Source=$tmp/bplbot.db" sqlite
node bench/cluster-load.js sqlite-1 4199 4101 >> "$out"; stop_bots
for n in 1 3; do
  as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE bench$n"
  ports=()
  for i in $(seq 1 "$n"); do start_bot "p$i" $((4110 + i)) PostgreSQL "$BPL_TEST_POSTGRES;Database=bench$n" "pg$n"; ports+=($((4110 + i))); done
  node bench/cluster-load.js "postgresql-$n" 4199 "$(IFS=,; echo "${ports[*]}")" >> "$out"; stop_bots
done
cat "$out"
