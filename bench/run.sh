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
# The runtime reads numbers in DOTNET_* variables as hexadecimal: 64 is the default wait of 100 ms.
# The same bot on the runtime's defaults, to show what src/ServerRuntime.props buys (a fresh database again).
rm -rf "$db"/*
DOTNET_TieredPGO=1 DOTNET_TC_CallCountingDelayMs=64 DOTNET_gcServer=1 \
ConnectionStrings__Bpl="Data Source=$db/bplbot.db" Bot__AppId= Logging__LogLevel__Default=Warning \
ASPNETCORE_ENVIRONMENT=Production Jobs__SchedulerName=bench \
  node bench/bench.js BplBot-runtime-defaults 3988 dotnet src/BplBot/bin/Release/net10.0/BplBot.dll --urls http://127.0.0.1:3988 >> "$out"
node bench/bench.js botbuilder-echo 3989 node bench/echo-bot.js >> "$out"
# The floor: parse the activity, post one reply, nothing else; on the bot's runtime settings (src/ServerRuntime.props),
# and once more on the runtime's defaults (as in the earlier figures), to show what those settings buy.
ASPNETCORE_URLS=http://127.0.0.1:3990 node bench/bench.js bare-kestrel 3990 dotnet bench/BareKestrel/bin/Release/net10.0/BareKestrel.dll >> "$out"
DOTNET_TieredPGO=1 DOTNET_TC_CallCountingDelayMs=64 DOTNET_gcServer=1 ASPNETCORE_URLS=http://127.0.0.1:3990 \
  node bench/bench.js bare-kestrel-runtime-defaults 3990 dotnet bench/BareKestrel/bin/Release/net10.0/BareKestrel.dll >> "$out"

echo "| bot | first answer after start (ms) | idle RSS (MiB) | RSS after load (MiB) | req/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | CPU per message (ms) | load generator's CPU per message (ms) | errors | replies counted |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
node -e '
  for (const line of require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n")) {
    const r = JSON.parse(line);
    console.log(`| ${r.bot} | ${r.firstAnswerMs} | ${r.idleRssMiB} | ${r.rssAfterLoadMiB} | ${r.rps} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.cpuPerMessageMs} | ${r.loadCpuPerMessageMs} | ${r.errors} | ${r.repliesCounted}/${r.requests} |`);
  }' "$out"
