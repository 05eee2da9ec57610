import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { tokyoDateOf } from '../src/core/domain/dates.js';
import { tokyoIso } from '../src/services/context.js';
import { openPostgres } from '../src/storage/postgres.js';
import { generate } from './server-today/generate.js';
import { drive, type LoadResult } from './server-today/load.js';
import { type BenchResult, median, percentile } from './types.js';

/**
 * Issue #8's figure: "today" (GET /api/today) in server mode under concurrent clients on
 * loopback. A database of its own on the PostgreSQL server gets USERS users × APPS applications
 * with realistic timelines and one signed-in session per user (bench/server-today/generate.ts);
 * `renraku serve` runs from the source tree in a process of its own (DATABASE_URL set, so
 * accounts, the session guard and the per-request user scope under row-level security are on);
 * CLIENTS closed-loop clients, each request a different signed-in user, run ROUNDS rounds of
 * SECONDS after a warm-up. The database is dropped at the end. Opt-in: `npm run bench server-today`.
 *
 * Knobs (environment): RENRAKU_BENCH_USERS=10000, RENRAKU_BENCH_APPS=50,
 * RENRAKU_BENCH_CLIENTS=100, RENRAKU_BENCH_SECONDS=20, RENRAKU_BENCH_ROUNDS=3,
 * RENRAKU_BENCH_THINK_MS=1000 (the paced run after the closed-loop rounds),
 * RENRAKU_BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres (a superuser: it creates and
 * drops the database).
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const USERS = env('RENRAKU_BENCH_USERS', 10_000);
const APPS = env('RENRAKU_BENCH_APPS', 50);
const CLIENTS = env('RENRAKU_BENCH_CLIENTS', 100);
const SECONDS = env('RENRAKU_BENCH_SECONDS', 20);
const ROUNDS = env('RENRAKU_BENCH_ROUNDS', 3);
const THINK_MS = env('RENRAKU_BENCH_THINK_MS', 1000);
const WARMUP_SECONDS = 5;
const SERIAL_SECONDS = 10;
const ADMIN_URL = process.env.RENRAKU_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export default async function bench(): Promise<BenchResult[]> {
  const name = `renraku_bench_today_${process.pid}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  let server: ChildProcess | undefined;
  try {
    const storage = await openPostgres(url.toString(), 'apply');
    await storage.close();

    const now = new Date();
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    let started = performance.now();
    const data = await generate(pool, {
      users: USERS,
      applicationsPerUser: APPS,
      today: tokyoDateOf(now),
      now: tokyoIso(now),
    });
    const size = await pool.query<{ size: string }>(
      'select pg_size_pretty(pg_database_size(current_database())) as size',
    );
    await pool.end();
    const generated = (performance.now() - started) / 1000;
    const rows = Object.entries(data.rows)
      .map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`)
      .join(', ');
    console.error(`generated in ${generated.toFixed(0)} s: ${rows}; ${size.rows[0]?.size}`);

    const port = await freePort();
    server = startServer(url.toString(), port);
    await waitForHealth(port, server);

    const drive1 = (seconds: number, clients = CLIENTS, thinkMs = 0, path = '/api/today') =>
      drive({
        port,
        path,
        ...(path === '/api/today' ? {} : { expect: '"csrfToken"' }),
        tokens: data.tokens,
        cookie: 'renraku_session',
        clients,
        seconds,
        thinkMs,
      });
    await drive1(WARMUP_SECONDS);
    // CPU spent per request by the server process and its PostgreSQL backends: on a shared
    // machine this is steadier than latency, and 2 cores / it bounds the throughput.
    const serverPid = server.pid ?? 0;
    const cpuBefore = cpuMs([serverPid, ...backendsOf(name)]);
    const rounds: { result: LoadResult; load: string }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const before = load();
      started = performance.now();
      const result = await drive1(SECONDS);
      rounds.push({ result, load: `${before} → ${load()}` });
      console.error(
        `round ${r + 1}: ${result.requests} requests, p95 ${percentile(result.latencies, 95).toFixed(1)} ms, ${result.errors} errors, load ${before} → ${load()}`,
      );
    }

    const cpuAfter = cpuMs([serverPid, ...backendsOf(name)]);
    // One client: the time of one request with nothing queued in front of it.
    const serial = await drive1(SERIAL_SECONDS, 1);
    console.error(
      `serial: ${serial.requests} requests, p50 ${median(serial.latencies).toFixed(1)} ms, load ${load()}`,
    );

    // The same clients as people using the page: each reads the answer for THINK_MS on average
    // before asking again. Reported beside the closed loop, not instead of it.
    const paced = await drive1(SECONDS, CLIENTS, THINK_MS);
    console.error(
      `paced: ${paced.requests} requests, p95 ${percentile(paced.latencies, 95).toFixed(1)} ms, load ${load()}`,
    );

    // The floor: the cheapest signed-in request (GET /api/auth/session: one session lookup, a
    // few hundred bytes back) under the same 100 closed-loop clients. What no today list can beat.
    const floor = await drive1(SECONDS, CLIENTS, 0, '/api/auth/session');
    console.error(
      `floor: ${floor.requests} requests, p95 ${percentile(floor.latencies, 95).toFixed(1)} ms, load ${load()}`,
    );

    const all = rounds.flatMap((r) => r.result.latencies);
    const requests = rounds.reduce((n, r) => n + r.result.requests, 0);
    const errors = rounds.reduce((n, r) => n + r.result.errors, 0);
    const seconds = rounds.reduce((n, r) => n + r.result.seconds, 0);
    const failures = rounds.flatMap((r) => Object.entries(r.result.failures));
    const shape = `${USERS.toLocaleString('en-US')} users × ${APPS} applications, ${CLIENTS} clients`;
    const perRound = rounds
      .map((r) => `p95 ${percentile(r.result.latencies, 95).toFixed(1)} ms (load ${r.load})`)
      .join('; ');
    return [
      {
        name: `server today (PostgreSQL), ${shape}: requests`,
        value: requests,
        unit: 'requests',
        notes: `${ROUNDS} rounds of ${SECONDS} s after ${WARMUP_SECONDS} s warm-up; ${rows}`,
      },
      { name: 'server today: p50', value: median(all), unit: 'ms' },
      {
        name: 'server today: p95',
        value: percentile(all, 95),
        unit: 'ms',
        target: '< 50 ms',
        notes: perRound,
      },
      { name: 'server today: p99', value: percentile(all, 99), unit: 'ms' },
      {
        name: 'server today: errors',
        value: errors,
        unit: 'requests',
        target: '0',
        notes: failures.map(([k, n]) => `${k}: ${n}`).join(', '),
      },
      { name: 'server today: throughput', value: requests / seconds, unit: 'req/s' },
      {
        name: 'server today: CPU per request (server process + its PostgreSQL backends)',
        value: (cpuAfter.total - cpuBefore.total) / requests,
        unit: 'ms',
        notes: `server ${((cpuAfter.first - cpuBefore.first) / requests).toFixed(1)} ms, PostgreSQL ${((cpuAfter.total - cpuAfter.first - (cpuBefore.total - cpuBefore.first)) / requests).toFixed(1)} ms`,
      },
      {
        name: `server today, ${CLIENTS} clients pausing ${THINK_MS} ms on average between requests: p50`,
        value: median(paced.latencies),
        unit: 'ms',
        notes: `${paced.requests} requests in ${SECONDS} s (${(paced.requests / paced.seconds).toFixed(0)} req/s), ${paced.errors} errors`,
      },
      {
        name: `server today, ${CLIENTS} clients pausing ${THINK_MS} ms: p95`,
        value: percentile(paced.latencies, 95),
        unit: 'ms',
      },
      {
        name: `server today, ${CLIENTS} clients pausing ${THINK_MS} ms: p99`,
        value: percentile(paced.latencies, 99),
        unit: 'ms',
      },
      {
        name: `floor: GET /api/auth/session (one session lookup, no list), ${CLIENTS} closed-loop clients: p50`,
        value: median(floor.latencies),
        unit: 'ms',
        notes: `${floor.requests} requests in ${SECONDS} s (${(floor.requests / floor.seconds).toFixed(0)} req/s), ${floor.errors} errors`,
      },
      {
        name: `floor, ${CLIENTS} closed-loop clients: p95`,
        value: percentile(floor.latencies, 95),
        unit: 'ms',
      },
      {
        name: 'server today, one client at a time: p50',
        value: median(serial.latencies),
        unit: 'ms',
        notes: `${serial.requests} requests in ${SERIAL_SECONDS} s, ${serial.errors} errors`,
      },
      {
        name: 'server today, one client at a time: p95',
        value: percentile(serial.latencies, 95),
        unit: 'ms',
      },
    ];
  } finally {
    if (server) await stop(server);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** CPU time (user + system) of processes, in ms; `first` is the first pid's alone. */
function cpuMs(pids: readonly number[]): { total: number; first: number } {
  let total = 0;
  let first = 0;
  for (const [i, pid] of pids.entries()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat(5), in clock ticks of 10 ms.
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      total += ms;
      if (i === 0) first = ms;
    } catch {
      // gone
    }
  }
  return { total, first };
}

/** The PostgreSQL backend processes connected to `database` (Linux: "postgres: … database …"). */
function backendsOf(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.startsWith('postgres: ') && cmdline.includes(` ${database} `))
        pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** `renraku serve` from the source tree (no build needed), in server mode on `url`. */
function startServer(url: string, port: number): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      // e.g. RENRAKU_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
      ...(process.env.RENRAKU_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      'src/cli/main.ts',
      'serve',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: ROOT,
      env: serverEnv(url),
      // The request log (JSON lines on stdout) is written as in production and thrown away.
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  child.once('exit', (code) => {
    if (code) console.error(`renraku serve exited with ${code}: ${stderr}`);
  });
  return child;
}

function serverEnv(url: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, RENRAKU_SIGNUP: 'invite' };
  // The real clock: the data was generated around today.
  delete env.RENRAKU_NOW;
  delete env.RENRAKU_TEST_CLOCK;
  return env;
}

async function waitForHealth(port: number, server: ChildProcess) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`renraku serve exited (${server.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error('renraku serve did not answer /api/health within 60 s');
}

async function stop(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
