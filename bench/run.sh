#!/usr/bin/env bash
# Benchmark BplBot against the official botbuilder echo bot, same load, same run. Loopback only.
#   bash bench/run.sh            → a Markdown table, raw JSON lines in bench/results/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dotnet build -c Release src/BplBot -v quiet -nologo > /dev/null
dotnet build -c Release bench/BareKestrel -v quiet -nologo > /dev/null
npm ci --prefix bench --no-audit --no-fund > /dev/null 2>&1

mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=bench/results/$stamp.jsonl
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT

# Ours: Release build, fresh database (demo network), anonymous mode, logs at Warning (no per-request logging).
ConnectionStrings__Bpl="Data Source=$db/bplbot.db" Bot__AppId= Logging__LogLevel__Default=Warning \
ASPNETCORE_ENVIRONMENT=Production Jobs__SchedulerName=bench \
  node bench/bench.js BplBot 3988 dotnet src/BplBot/bin/Release/net10.0/BplBot.dll --urls http://127.0.0.1:3988 >> "$out"
node bench/bench.js botbuilder-echo 3989 node bench/echo-bot.js >> "$out"
# The floor: parse the activity, post one reply, nothing else.
ASPNETCORE_URLS=http://127.0.0.1:3990 node bench/bench.js bare-kestrel 3990 dotnet bench/BareKestrel/bin/Release/net10.0/BareKestrel.dll >> "$out"

echo "| bot | first answer after start (ms) | idle RSS (MiB) | RSS after load (MiB) | req/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | errors | replies counted |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
node -e '
  for (const line of require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n")) {
    const r = JSON.parse(line);
    console.log(`| ${r.bot} | ${r.firstAnswerMs} | ${r.idleRssMiB} | ${r.rssAfterLoadMiB} | ${r.rps} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.errors} | ${r.repliesCounted}/${r.requests} |`);
  }' "$out"
