/** Injectable time source: epoch milliseconds. Tests and demos fix it; production reads the system clock. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

export function fixedClock(iso: string): Clock {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) throw new Error(`WANGGE_NOW "${iso}" is not an ISO date-time`);
  return () => t;
}

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  return env.WANGGE_NOW ? fixedClock(env.WANGGE_NOW) : systemClock;
}
