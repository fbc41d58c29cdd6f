/**
 * JSON that diffs well: one feature (or one record) per line, keys in a fixed order, a final
 * newline. Plain JSON.stringify per item keeps every number's shortest round-trip form.
 */
import type { Feature, FeatureCollection } from 'geojson';

export function featureCollectionText(fc: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f: Feature) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** An object whose array members are written one element per line. */
export function recordsText(value: Record<string, unknown>): string {
  const parts = Object.entries(value).map(([key, v]) => {
    if (Array.isArray(v)) return `  ${JSON.stringify(key)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
    return `  ${JSON.stringify(key)}: ${JSON.stringify(v)}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

export function arrayText(items: readonly unknown[]): string {
  return `[\n${items.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n]\n`;
}
