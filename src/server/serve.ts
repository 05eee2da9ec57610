import { type ServerType, serve } from '@hono/node-server';
import { type AppDeps, createApp } from './app.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on host:port (127.0.0.1 unless told otherwise) and resolves once it accepts
 * connections. The allowed Host values depend on the port actually bound (port 0 picks one),
 * so the app is made once the port is known; no request can arrive before that.
 */
export function listen(
  deps: Omit<AppDeps, 'allowedHosts'>,
  allowedHosts: (port: number) => readonly string[],
  host: string,
  port: number,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let app: ReturnType<typeof createApp> | undefined;
    let server: ServerType | undefined;
    try {
      server = serve(
        {
          fetch: (request, env) =>
            app ? app.fetch(request, env) : new Response(null, { status: 503 }),
          hostname: host,
          port,
        },
        (info) => {
          app = createApp({ ...deps, allowedHosts: allowedHosts(info.port) });
          const shownHost = host.includes(':') ? `[${host}]` : host;
          resolve({
            url: `http://${shownHost}:${info.port}`,
            port: info.port,
            close: () => new Promise((done) => server?.close(() => done())),
          });
        },
      );
      server.on('error', reject);
    } catch (error) {
      reject(error);
    }
  });
}
