import { parseArgs } from 'node:util';

/** How big a city the scale bench generates, and how hard it is driven. */
export interface ScaleSize {
  counties: number;
  gridsPerCounty: number;
  problems: number;
  reports: number;
  users: number;
}

export interface BenchOptions extends ScaleSize {
  clients: number;
  seconds: number;
  burst: number;
  burstSeconds: number;
  skipSqlite: boolean;
  /** the first of the three ports the servers listen on (SQLite, PostgreSQL ×1, ×2) */
  port: number;
}

export const FULL_SIZE: ScaleSize = { counties: 100, gridsPerCounty: 300, problems: 2_000_000, reports: 1_000_000, users: 5_000 };

export const USAGE = `usage: npm run bench:scale -- [--counties 100] [--grids 300] [--problems 2000000] [--reports 1000000]
  [--users 5000] [--clients 100] [--seconds 15] [--burst 2000] [--burst-seconds 60] [--skip-sqlite] [--port 8801]`;

/** The bench's flags; a value that is not a positive number throws naming the flag. */
export function benchOptions(args: string[]): BenchOptions {
  const flags = ['counties', 'grids', 'problems', 'reports', 'users', 'clients', 'seconds', 'burst', 'burst-seconds', 'port'] as const;
  const { values } = parseArgs({ args, options: { ...Object.fromEntries(flags.map((f) => [f, { type: 'string' as const }])), 'skip-sqlite': { type: 'boolean' } } });
  const num = (flag: (typeof flags)[number], fallback: number) => {
    const raw = (values as Record<string, string | undefined>)[flag];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${flag} "${raw}" must be a positive number\n${USAGE}`);
    return n;
  };
  return {
    counties: num('counties', FULL_SIZE.counties),
    gridsPerCounty: num('grids', FULL_SIZE.gridsPerCounty),
    problems: num('problems', FULL_SIZE.problems),
    reports: num('reports', FULL_SIZE.reports),
    users: num('users', FULL_SIZE.users),
    clients: num('clients', 100),
    seconds: num('seconds', 15),
    burst: num('burst', 2000),
    burstSeconds: num('burst-seconds', 60),
    skipSqlite: values['skip-sqlite'] === true,
    port: num('port', 8801),
  };
}
