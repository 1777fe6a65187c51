import request from 'supertest';

/** One scrape of a service's GET /metrics (Prometheus text format). */
export class Scrape {
  constructor(readonly text: string) {}

  static async of(url: string): Promise<Scrape> {
    const res = await request(url).get('/metrics');
    if (res.status !== 200) throw new Error(`GET ${url}/metrics answered ${res.status}`);
    return new Scrape(res.text);
  }

  /** The value of the sample `name` whose labels include `labels`; undefined when there is none. */
  value(name: string, labels: Record<string, string> = {}): number | undefined {
    for (const line of this.text.split('\n')) {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m || m[1] !== name) continue;
      const present = Object.fromEntries([...(m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
      if (Object.entries(labels).every(([k, v]) => present[k] === v)) return Number(m[3]);
    }
    return undefined;
  }
}
