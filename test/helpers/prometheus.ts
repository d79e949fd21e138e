/**
 * A real Prometheus for tests (Debian's `prometheus`, 2.42): its own config with a 1 s scrape
 * interval over the targets the test serves, a temporary storage folder, 127.0.0.1 only, stopped
 * by its PID. Plus a proxy the test puts in front of it to play what stands between a client and
 * Prometheus in real clusters: an authenticating reverse proxy (bearer or basic), the Kubernetes
 * API server's service proxy (it checks the kubeconfig's token and drops Authorization), and
 * failures (an error envelope, 503, a proxy's HTML page, refusing after a number of requests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrometheusServer {
  /** http://127.0.0.1:<port> */
  url: string;
  pid: number;
  /** An instant query, for the test to see what Prometheus has (not the code under test). */
  query(promql: string): Promise<{ labels: Record<string, string>; value: string }[]>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Poll `check` until it returns something truthy, at most `tries` times `delayMs` apart; throws `what` after. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, { tries = 100, delayMs = 200 } = {}): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < tries; attempt++) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  throw new Error(`${what}: not so after ${tries} tries${last ? ` (last error: ${String(last)})` : ''}`);
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

export async function startPrometheus({ targets, scrapeInterval = '1s' }: { targets: string[]; scrapeInterval?: string }): Promise<PrometheusServer> {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-prometheus-'));
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      `  scrape_interval: ${scrapeInterval}`,
      `  evaluation_interval: ${scrapeInterval}`,
      'scrape_configs:',
      '  - job_name: queue-proxy',
      // the exporter's namespace/pod labels stand for the ones a ServiceMonitor's relabelling adds
      '    honor_labels: true',
      '    static_configs:',
      `      - targets: [${targets.map((target) => `'${target}'`).join(', ')}]`,
      '',
    ].join('\n'),
  );
  let lastOutput = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const storage = mkdtempSync(join(dir, 'tsdb-'));
    const child = spawn('prometheus', [`--config.file=${config}`, `--storage.tsdb.path=${storage}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    const url = `http://127.0.0.1:${port}`;
    let ready = false;
    for (let tries = 0; tries < 150 && child.exitCode === null; tries++) {
      ready = await fetch(`${url}/-/ready`).then((response) => response.ok, () => false);
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!ready) {
      child.kill('SIGKILL');
      await exited(child);
      lastOutput = output;
      continue;
    }
    const stop = async (): Promise<void> => {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(child.pid!, 'SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited(child);
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    };
    return {
      url,
      pid: child.pid!,
      async query(promql) {
        const response = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query: promql })}`);
        const body = (await response.json()) as { data?: { result?: { metric: Record<string, string>; value: [number, string] }[] } };
        return (body.data?.result ?? []).map((item) => ({ labels: item.metric, value: item.value[1] }));
      },
      stop,
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`prometheus did not become ready (is it installed? apt-get install -y prometheus): ${lastOutput}`);
}

export type ProxyFault =
  | { kind: 'none' }
  /** 200 with `{"status":"error"}`, as a misbehaving middle layer might send. */
  | { kind: 'error-envelope'; errorType: string; error: string }
  | { kind: 'status'; status: number; body: string; contentType: string }
  /** Destroy the connection without an answer. */
  | { kind: 'refuse' };

export interface ProxyOptions {
  /** Where requests go on to (a PrometheusServer's url). */
  target: string;
  /** The path prefix requests must carry and that is stripped, e.g. the API server's service proxy path. */
  prefix?: string;
  /** The Authorization header every request must carry (else 401), e.g. `Bearer …` or `Basic …`. */
  authorization?: string;
  /** Drop Authorization before passing the request on (the API server does). */
  dropAuthorization?: boolean;
  /** Requests passed through before `after` applies (default: every request passes). */
  passFirst?: number;
  after?: ProxyFault;
}

export interface PrometheusProxy {
  url: string;
  /** Every request: method, path (with query), headers (lower-case), form body. */
  requests: { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: string }[];
  set(options: Partial<Omit<ProxyOptions, 'target'>>): void;
  close(): Promise<void>;
}

function answer(res: ServerResponse, fault: Exclude<ProxyFault, { kind: 'none' }>): void {
  if (fault.kind === 'refuse') {
    res.socket?.destroy();
    return;
  }
  if (fault.kind === 'error-envelope') {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ status: 'error', errorType: fault.errorType, error: fault.error }));
    return;
  }
  res.writeHead(fault.status, { 'Content-Type': fault.contentType }).end(fault.body);
}

export async function startPrometheusProxy(initial: ProxyOptions): Promise<PrometheusProxy> {
  let options: ProxyOptions = { ...initial };
  let passed = 0;
  const requests: PrometheusProxy['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers }, body: body.toString() });
      if (options.authorization !== undefined && req.headers.authorization !== options.authorization) {
        res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' }).end('Unauthorized\n');
        return;
      }
      let path = req.url ?? '/';
      if (options.prefix) {
        if (!path.startsWith(options.prefix)) {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 page not found\n');
          return;
        }
        path = path.slice(options.prefix.length) || '/';
      }
      if (options.after && options.after.kind !== 'none' && passed >= (options.passFirst ?? Infinity)) {
        answer(res, options.after);
        return;
      }
      passed++;
      const headers = { ...req.headers };
      delete headers.host;
      if (options.dropAuthorization) delete headers.authorization;
      const target = new URL(path, options.target);
      const forward = request(target, { method: req.method, headers }, (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      });
      forward.on('error', () => res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html><head><title>502 Bad Gateway</title></head><body>bad gateway</body></html>'));
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    set(changes) {
      options = { ...options, ...changes };
      passed = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A kubeconfig for a proxy that plays the API server's service proxy: cluster `server` (http, so
 * `insecure-skip-tls-verify`, without which client-node refuses http:), a bearer token.
 */
export function serviceProxyKubeconfig(server: string, token: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: test',
    '  cluster:',
    `    server: ${server}`,
    '    insecure-skip-tls-verify: true',
    'users:',
    '- name: test',
    '  user:',
    `    token: ${token}`,
    'contexts:',
    '- name: test',
    '  context:',
    '    cluster: test',
    '    user: test',
    'current-context: test',
    '',
  ].join('\n');
}
