import http from 'node:http';

/**
 * A closed-loop load driver on node:http with keep-alive: `clients` clients, each with its own
 * connection, send one request, read the whole answer, and send the next, for `seconds`.
 * Client k cycles through its own users (k, k + clients, k + 2·clients, …), so every request in
 * flight at one moment is a different signed-in user.
 */
export interface LoadOptions {
  port: number;
  path: string;
  /** Session cookie tokens, one per user. */
  tokens: readonly string[];
  cookie: string;
  clients: number;
  seconds: number;
  /**
   * Pause after each answer, in ms (0: closed loop, every client always waiting on the server).
   * Each pause is drawn evenly from [0.5, 1.5] × thinkMs so the clients do not march in step.
   */
  thinkMs?: number;
  /** A 200 must contain this text, or it counts as an error (default: the today list). */
  expect?: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Status codes (or error names) of the failed requests, with counts. */
  failures: Record<string, number>;
  latencies: number[];
  seconds: number;
}

export async function drive(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const think = options.thinkMs ?? 0;
  const expected = options.expect ?? '"list"';

  const once = (token: string) =>
    new Promise<string | null>((resolve) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: options.port,
          path: options.path,
          agent,
          headers: { cookie: `${options.cookie}=${token}`, accept: 'application/json' },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => {
            if (response.statusCode !== 200) return resolve(`HTTP ${response.statusCode}`);
            // A 200 must carry the list, or it is an error too.
            const body = Buffer.concat(chunks).toString('utf8');
            resolve(body.startsWith('{') && body.includes(expected) ? null : 'bad body');
          });
          response.on('error', (e) => resolve(e.name));
        },
      );
      request.on('error', (e) => resolve((e as NodeJS.ErrnoException).code ?? e.name));
      request.end();
    });

  const client = async (k: number) => {
    // Paced clients arrive spread over one pause, as people do, not all in the first instant.
    if (think > 0) await new Promise((r) => setTimeout(r, think * 1.5 * Math.random()));
    for (let i = k; performance.now() < deadline; i += options.clients) {
      const token = options.tokens[i % options.tokens.length]!;
      const start = performance.now();
      const failure = await once(token);
      latencies.push(performance.now() - start);
      requests++;
      if (failure) {
        errors++;
        failures[failure] = (failures[failure] ?? 0) + 1;
      }
      if (think > 0) await new Promise((r) => setTimeout(r, think * (0.5 + Math.random())));
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, k) => client(k)));
  agent.destroy();
  return { requests, errors, failures, latencies, seconds: (performance.now() - started) / 1000 };
}
