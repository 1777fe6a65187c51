import type { Metric, Registry } from 'prom-client';

type Labels = Record<string, string>;

interface Series {
  labels: Labels;
  count: number;
  sum: number;
  /** Observations per bucket (not cumulative); the last one is +Inf. */
  buckets: number[];
}

interface MetricData {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  values: Array<{ value: number; labels: Record<string, string | number>; sharedLabels?: Labels; metricName?: string }>;
  aggregator: 'sum';
}

/**
 * Counters and histograms for what every request records (HTTP requests, proxy calls): one series
 * per label set, looked up by a key the caller builds from the label values it already has, and
 * updated with plain additions. prom-client's own `inc`/`observe` validate and hash the label object
 * on every call (several µs per request at the proxy fleet's rates); these are read the same way,
 * through the app's registry (its default labels included), in prom-client's exposition format.
 */
export class RequestCounter {
  private readonly series = new Map<string, Series>();

  constructor(
    registry: Registry,
    readonly name: string,
    readonly help: string,
  ) {
    register(registry, this);
  }

  readonly type = 'counter';

  /** Adds one to the series `key`; `labels` gives its labels the first time the key is seen. */
  inc(key: string, labels: () => Labels): void {
    const series = this.series.get(key);
    if (series) series.count++;
    else this.series.set(key, { labels: labels(), count: 1, sum: 0, buckets: [] });
  }

  get(): Promise<MetricData> {
    const values = [...this.series.values()].map((s) => ({ labels: s.labels, value: s.count }));
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, values, aggregator: 'sum' });
  }

  reset(): void {
    this.series.clear();
  }
}

/** A histogram (buckets, `_sum`, `_count`) kept like RequestCounter. */
export class RequestHistogram {
  private readonly series = new Map<string, Series>();

  constructor(
    registry: Registry,
    readonly name: string,
    readonly help: string,
    private readonly upperBounds: readonly number[],
  ) {
    register(registry, this);
  }

  readonly type = 'histogram';

  observe(key: string, labels: () => Labels, value: number): void {
    let series = this.series.get(key);
    if (!series) {
      series = { labels: labels(), count: 0, sum: 0, buckets: new Array<number>(this.upperBounds.length + 1).fill(0) };
      this.series.set(key, series);
    }
    let bucket = 0;
    while (bucket < this.upperBounds.length && value > (this.upperBounds[bucket] as number)) bucket++;
    series.buckets[bucket] = (series.buckets[bucket] as number) + 1;
    series.count++;
    series.sum += value;
  }

  /** For the exposition text, in prom-client's layout (`le` first, the series' labels as shared labels), so lines read the same. */
  getForPromString(): Promise<MetricData> {
    const values: MetricData['values'] = [];
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.upperBounds.forEach((le, i) => {
        cumulative += s.buckets[i] as number;
        values.push({ metricName: `${this.name}_bucket`, labels: { le }, sharedLabels: s.labels, value: cumulative });
      });
      values.push({ metricName: `${this.name}_bucket`, labels: { le: '+Inf' }, sharedLabels: s.labels, value: s.count });
      values.push({ metricName: `${this.name}_sum`, labels: {}, sharedLabels: s.labels, value: s.sum });
      values.push({ metricName: `${this.name}_count`, labels: {}, sharedLabels: s.labels, value: s.count });
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, values, aggregator: 'sum' });
  }

  /** For the registry's JSON: each value's labels in one object. */
  async get(): Promise<MetricData> {
    const data = await this.getForPromString();
    return { ...data, values: data.values.map(({ sharedLabels, labels, ...value }) => ({ ...value, labels: { ...labels, ...sharedLabels } })) };
  }

  reset(): void {
    this.series.clear();
  }
}

/**
 * The registry takes any object with a name, a type, `get()` and `reset()` (it reads nothing else);
 * its TypeScript signature names prom-client's own classes only.
 */
function register(registry: Registry, metric: RequestCounter | RequestHistogram): void {
  registry.registerMetric(metric as unknown as Metric);
}
