// hjälp load against bot instances that are already running (bench/cluster.sh starts them), spread round robin
// over them with no stickiness, as a load balancer would. Loopback only; bounded in count and time.
//   node cluster-load.js <label> <connector port> <bot port>[,<bot port>...]   → one JSON line
const http = require('http');
const [label, connectorPort, ports] = process.argv.slice(2);
const targets = ports.split(',').map(Number);
const CONCURRENCY = Number(process.env.CONCURRENCY || 32);
const WARMUP = Number(process.env.WARMUP || 1000);
const MEASURED = Number(process.env.MEASURED || 6000);
const DEADLINE = Date.now() + Number(process.env.TIMEOUT_MS || 240000);
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * targets.length });

let replies = 0;
const connector = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.method === 'GET') { res.writeHead(404, { 'content-type': 'application/json' }); return res.end('{"error":{"code":"NotFound"}}'); }
    replies += 1;
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(`{"id":"r${replies}"}`);
  });
});

let seq = 0;
const activity = (n) => JSON.stringify({
  type: 'message', id: `bench-${++seq}`, timestamp: new Date().toISOString(), channelId: 'msteams',
  serviceUrl: `http://127.0.0.1:${connectorPort}/_connector/`,
  from: { id: `29:bench-user-${n}`, name: `Bench ${n}`, aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}` },
  recipient: { id: '28:00000000-0000-0000-0000-0000000000b0', name: 'BplBot' },
  conversation: { conversationType: 'personal', tenantId: '72f988bf-0000-0000-0000-000000000001', id: `a:bench-conv-${n}` },
  text: 'hjälp', textFormat: 'plain', locale: 'sv-SE', channelData: { tenant: { id: '72f988bf-0000-0000-0000-000000000001' } },
});

let turn = 0;
function post(body) {
  const port = targets[turn++ % targets.length];
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
  let errors = 0, next = 0;
  const started = process.hrtime.bigint();
  async function worker(n) {
    while (next < count && Date.now() < DEADLINE) {
      next += 1;
      const r = await post(activity(n));
      if (r.status !== 200 && r.status !== 202) errors += 1;
      latencies.push(r.ms);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => worker(i)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { requests: latencies.length, errors, rps: Math.round(latencies.length / seconds),
    p50: +q(0.5).toFixed(2), p99: +q(0.99).toFixed(2), max: +latencies[latencies.length - 1].toFixed(2) };
}

(async () => {
  await new Promise((r) => connector.listen(Number(connectorPort), '127.0.0.1', r));
  await load(WARMUP);
  replies = 0;
  const result = await load(MEASURED);
  console.log(JSON.stringify({ label, instances: targets.length, concurrency: CONCURRENCY, ...result, replies }));
  connector.close();
  agent.destroy();
  setTimeout(() => process.exit(0), 500).unref();
})().catch((e) => { console.error(e.message); process.exit(1); });
