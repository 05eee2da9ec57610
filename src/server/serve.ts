import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { AppDeps } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port (127.0.0.1 unless told otherwise) and resolves once it accepts connections. */
export function listen(deps: AppDeps, host: string, port: number): Promise<RunningServer> {
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined;
    try {
      server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
        const shownHost = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${shownHost}:${info.port}`,
          close: () => new Promise((done) => server?.close(() => done())),
        });
      });
      server.on('error', reject);
    } catch (error) {
      reject(error);
    }
  });
}
