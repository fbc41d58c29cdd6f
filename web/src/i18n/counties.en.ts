import type { countiesZh } from './counties.zh.ts';

/** English text for the county picker and the city overview (see counties.zh.ts). */
export const countiesEn: Readonly<Record<keyof typeof countiesZh, string>> = {
  'county.picker': 'County',
  'county.synthetic': '{name} (sample)',
  'city.open': 'City overview',
  'city.title': 'City overview · {week}',
  'city.close': 'Close',
  'city.county': 'County',
  'city.onTime': 'On time',
  'city.counts': 'on time {onTime} · late {late} · missing {missing}',
  'city.none': 'none due',
  'city.closed': 'closed',
  'city.open.week': 'open',
  'city.loadFailed': 'The city overview failed to load: {message}',
  'city.key': 'Key',
  'city.key.on_time': 'on time ≥ 90%',
  'city.key.late': '60%–90%',
  'city.key.missing': '< 60%',
  'city.key.not_due': 'none due this week',
  'city.hint': 'The map colours each county by its on-time share this week; click a county or its name to open it.',
};
