/**
 * A local exporter that serves what Knative's queue-proxy exports for each revision, in each
 * schema Knative has used, with request rates, error shares and latencies the test controls:
 *
 * - `opencensus` (Knative ≤ 1.18): the counter `revision_request_count` and the histogram
 *   `revision_request_latencies` in milliseconds, labelled `namespace_name`, `revision_name`,
 *   `service_name`, `configuration_name`, `pod_name`, `container_name`, `response_code`,
 *   `response_code_class` (knative.dev "Service metrics").
 * - `otel` (≥ 1.19.8 / 1.20.1 / 1.21): the histogram `kn_serving_invocation_duration_seconds` in
 *   seconds with `http_response_status_code`, and the resource attributes promoted to labels
 *   (`k8s_namespace_name`, `kn_revision_name`, `kn_service_name`, `kn_configuration_name`)
 *   (knative.dev "Knative Serving Metrics", Prometheus' OpenTelemetry name translation).
 * - `otel-queueproxy`: the same as `kn_queueproxy_app_duration_seconds` (1.19.0–1.19.7, 1.20.0).
 * - `otel-pod`: resource attributes not promoted: only the scrape's `namespace` and `pod` labels
 *   (`<revision>-deployment-<hash>-<id>`) say which revision a series is of.
 *
 * `wholeSeconds` records durations truncated to whole seconds, as the OpenTelemetry histogram did
 * before 1.19.9 / 1.20.2 / 1.21: every sub-second request lands in the first bucket and `_sum` stays 0.
 *
 * Counters advance with the wall clock at each scrape (rate × elapsed time), so Prometheus'
 * rate() and histogram_quantile() see a steady stream. Listens on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ExporterSchema = 'opencensus' | 'otel' | 'otel-queueproxy' | 'otel-pod';

export interface Traffic {
  /** Requests per second. */
  rps: number;
  /** Share of requests answered 500, 0–1. */
  errorRate: number;
  /** Every request's latency, milliseconds. */
  latencyMs: number;
}

export interface RevisionSpec extends Partial<Traffic> {
  schema: ExporterSchema;
  namespace: string;
  revision: string;
  /** Knative Service name (default: the revision name without its -NNNNN suffix). */
  service?: string;
  wholeSeconds?: boolean;
}

export interface ExportedRevision {
  set(traffic: Partial<Traffic>): void;
  /** Requests counted so far. */
  readonly requests: number;
}

export interface KnativeExporter {
  /** host:port, for a scrape config. */
  address: string;
  revision(spec: RevisionSpec): ExportedRevision;
  /** How many times /metrics was scraped. */
  readonly scrapes: number;
  close(): Promise<void>;
}

/** Knative's default latency buckets (milliseconds) for revision_request_latencies. */
const BUCKETS_MS = [5, 10, 20, 40, 60, 80, 100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000, 2000, 5000, 10000, 20000, 50000, 100000];

interface Series {
  /** Requests and the sum of their durations (ms), by status code. */
  count: Map<number, number>;
  sumMs: Map<number, number>;
  /** Observations per bucket index (BUCKETS_MS.length = +Inf), by status code. */
  buckets: Map<number, number[]>;
}

class Revision implements ExportedRevision {
  private traffic: Traffic;
  private last = Date.now();
  private readonly series: Series = { count: new Map(), sumMs: new Map(), buckets: new Map() };
  readonly pod: string;

  constructor(readonly spec: RevisionSpec) {
    this.traffic = { rps: spec.rps ?? 20, errorRate: spec.errorRate ?? 0, latencyMs: spec.latencyMs ?? 50 };
    this.pod = `${spec.revision}-deployment-7d9c8b6f5-x2k4q`;
  }

  get requests(): number {
    return [...this.series.count.values()].reduce((a, b) => a + b, 0);
  }

  set(traffic: Partial<Traffic>): void {
    this.advance();
    this.traffic = { ...this.traffic, ...traffic };
  }

  private observe(code: number, requests: number): void {
    if (requests <= 0) return;
    const recordedMs = this.spec.wholeSeconds ? Math.floor(this.traffic.latencyMs / 1000) * 1000 : this.traffic.latencyMs;
    const index = BUCKETS_MS.findIndex((bound) => recordedMs <= bound);
    const buckets = this.series.buckets.get(code) ?? new Array<number>(BUCKETS_MS.length + 1).fill(0);
    buckets[index < 0 ? BUCKETS_MS.length : index]! += requests;
    this.series.buckets.set(code, buckets);
    this.series.count.set(code, (this.series.count.get(code) ?? 0) + requests);
    this.series.sumMs.set(code, (this.series.sumMs.get(code) ?? 0) + requests * recordedMs);
  }

  advance(): void {
    const now = Date.now();
    const requests = (this.traffic.rps * (now - this.last)) / 1000;
    this.last = now;
    this.observe(200, requests * (1 - this.traffic.errorRate));
    this.observe(500, requests * this.traffic.errorRate);
  }

  private labels(code: number): string {
    const { schema, namespace, revision } = this.spec;
    const service = this.spec.service ?? revision.replace(/-\d{5}$/, '');
    const pairs: [string, string][] =
      schema === 'opencensus'
        ? [['configuration_name', service], ['container_name', 'queue-proxy'], ['namespace_name', namespace], ['pod_name', this.pod], ['response_code', String(code)], ['response_code_class', `${String(code)[0]}xx`], ['revision_name', revision], ['service_name', service]]
        : schema === 'otel-pod'
          ? [['http_response_status_code', String(code)], ['namespace', namespace], ['otel_scope_name', 'knative.dev/serving/pkg/queue'], ['pod', this.pod]]
          : [['http_response_status_code', String(code)], ['k8s_namespace_name', namespace], ['kn_configuration_name', service], ['kn_revision_name', revision], ['kn_service_name', service], ['otel_scope_name', 'knative.dev/serving/pkg/queue']];
    return pairs.map(([name, value]) => `${name}="${value}"`).join(',');
  }

  /** The exposition lines of this revision, by metric family. */
  lines(): Map<string, string[]> {
    const families = new Map<string, string[]>();
    const add = (family: string, line: string) => families.set(family, [...(families.get(family) ?? []), line]);
    const opencensus = this.spec.schema === 'opencensus';
    const histogram = opencensus ? 'revision_request_latencies' : this.spec.schema === 'otel-queueproxy' ? 'kn_queueproxy_app_duration_seconds' : 'kn_serving_invocation_duration_seconds';
    for (const [code, count] of this.series.count) {
      const labels = this.labels(code);
      const whole = Math.floor(count);
      if (opencensus) add('revision_request_count', `revision_request_count{${labels}} ${whole}`);
      let cumulative = 0;
      const buckets = this.series.buckets.get(code)!;
      BUCKETS_MS.forEach((bound, index) => {
        cumulative += buckets[index]!;
        add(histogram, `${histogram}_bucket{${labels},le="${opencensus ? bound : bound / 1000}"} ${Math.floor(cumulative)}`);
      });
      add(histogram, `${histogram}_bucket{${labels},le="+Inf"} ${whole}`);
      const sumMs = this.series.sumMs.get(code)!;
      add(histogram, `${histogram}_sum{${labels}} ${opencensus ? sumMs : sumMs / 1000}`);
      add(histogram, `${histogram}_count{${labels}} ${whole}`);
    }
    return families;
  }
}

export async function startKnativeExporter(): Promise<KnativeExporter> {
  const revisions: Revision[] = [];
  let scrapes = 0;
  const server: Server = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    scrapes++;
    const families = new Map<string, string[]>();
    for (const revision of revisions) {
      revision.advance();
      for (const [family, lines] of revision.lines()) families.set(family, [...(families.get(family) ?? []), ...lines]);
    }
    const text = [...families]
      .map(([family, lines]) => [`# HELP ${family} Knative queue-proxy request metric (test exporter).`, `# TYPE ${family} ${family === 'revision_request_count' ? 'counter' : 'histogram'}`, ...lines].join('\n'))
      .join('\n');
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' }).end(`${text}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    revision(spec) {
      const revision = new Revision(spec);
      revisions.push(revision);
      return revision;
    },
    get scrapes() {
      return scrapes;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
