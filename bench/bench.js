// Starts one bot, measures time to its first answered message and its idle memory, then sends the same
// Teams-shaped load to it as to any other bot: N personal-chat messages, 32 conversations at a time, each
// reply received by a fake connector on loopback. Everything is bounded in count and time.
//
//   node bench.js <name> <port> <command> [args...]   → prints one JSON line of results
const http = require('http');
const { spawn } = require('child_process');
const fs = require('fs');

const [name, port, command, ...args] = process.argv.slice(2);
const CONCURRENCY = Number(process.env.CONCURRENCY || 32);
const WARMUP = Number(process.env.WARMUP || 2000);
const MEASURED = Number(process.env.MEASURED || 20000);
const DEADLINE = Date.now() + Number(process.env.TIMEOUT_MS || 240000);
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

// The fake connector: 201 for replies (counted per conversation), 404 for member look-ups.
const replies = new Map();
const connector = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (req.method === 'GET') { res.writeHead(404, { 'content-type': 'application/json' }); return res.end('{"error":{"code":"NotFound"}}'); }
    const conversation = decodeURIComponent(req.url.split('/conversations/')[1].split('/')[0]);
    replies.set(conversation, (replies.get(conversation) || 0) + 1);
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(`{"id":"r${Date.now()}"}`);
  });
});

let seq = 0;
function activity(text, n) {
  seq += 1;
  return JSON.stringify({
    type: 'message', id: `bench-${seq}`, timestamp: new Date().toISOString(), channelId: 'msteams',
    serviceUrl: `http://127.0.0.1:${connector.address().port}/_connector/`,
    from: { id: `29:bench-user-${n}`, name: `Bench ${n}`, aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}` },
    recipient: { id: '28:00000000-0000-0000-0000-0000000000b0', name: 'BplBot' },
    conversation: { conversationType: 'personal', tenantId: '72f988bf-0000-0000-0000-000000000001', id: `a:bench-conv-${n}` },
    text, textFormat: 'plain', locale: 'sv-SE', channelData: { tenant: { id: '72f988bf-0000-0000-0000-000000000001' } },
  });
}

function post(body) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.setTimeout(30000, () => req.destroy());
    req.end(body);
  });
}

async function load(count) {
  const latencies = [];
  let errors = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  async function worker(n) {
    while (next < count && Date.now() < DEADLINE) {
      next += 1;
      const r = await post(activity('hjälp', n));
      if (r.status !== 200 && r.status !== 202) errors += 1;
      latencies.push(r.ms);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => worker(i)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { requests: latencies.length, errors, seconds: +seconds.toFixed(2), rps: Math.round(latencies.length / seconds),
    p50: +q(0.5).toFixed(2), p90: +q(0.9).toFixed(2), p99: +q(0.99).toFixed(2), max: +latencies[latencies.length - 1].toFixed(2) };
}

const rssMiB = (pid) => {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS'));
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
};
// CPU time the bot's process used (user + system, in ms): per message it is a figure other load on the machine
// barely moves, unlike req/s. Linux clock ticks are 100 per second.
const cpuMs = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

(async () => {
  await new Promise((r) => connector.listen(0, '127.0.0.1', r));
  const started = Date.now();
  const bot = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PORT: port } });
  try {
    let firstAnswerMs = null;
    while (firstAnswerMs === null && Date.now() < started + 60000) {
      const before = [...replies.values()].reduce((a, b) => a + b, 0);
      const r = await post(activity('hjälp', 9999));
      if (r.status === 200 && [...replies.values()].reduce((a, b) => a + b, 0) > before) firstAnswerMs = Date.now() - started;
      else await sleep(50);
    }
    if (firstAnswerMs === null) throw new Error(`${name} never answered`);
    await sleep(5000);
    const idleRssMiB = rssMiB(bot.pid);
    await load(WARMUP);
    replies.clear();
    const cpuBefore = cpuMs(bot.pid);
    const ownBefore = process.cpuUsage();
    const result = await load(MEASURED);
    const cpuPerMessageMs = +((cpuMs(bot.pid) - cpuBefore) / result.requests).toFixed(3);
    // This process (the load and the fake connector) shares the cores: its own CPU per message shows how much is left.
    const own = process.cpuUsage(ownBefore);
    const loadCpuPerMessageMs = +((own.user + own.system) / 1000 / result.requests).toFixed(3);
    const repliesCounted = [...replies.values()].reduce((a, b) => a + b, 0);
    const rssAfterLoadMiB = rssMiB(bot.pid);
    console.log(JSON.stringify({ bot: name, firstAnswerMs, idleRssMiB, rssAfterLoadMiB, concurrency: CONCURRENCY, ...result, cpuPerMessageMs, loadCpuPerMessageMs, repliesCounted }));
  } finally {
    bot.kill('SIGTERM');
    connector.close();
    agent.destroy();
    setTimeout(() => process.exit(0), 2000).unref();
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
