import { useEffect, useState } from 'react';
import { useData } from '../state/data.store.ts';

let offset: number | null = null;

/**
 * The server's clock, running on: deadlines are the server's (WANGGE_NOW fixes it in demos and
 * tests), and a browser's clock may be wrong. Before the config has loaded it is the browser's.
 */
export function serverNow(): number {
  const config = useData.getState().config;
  if (!config) return Date.now();
  offset ??= Date.parse(config.now) - Date.now();
  return Date.now() + offset;
}

/** serverNow() for a component, re-read every `everyMs` so countdowns move. */
export function useServerNow(everyMs = 15_000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const id = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
