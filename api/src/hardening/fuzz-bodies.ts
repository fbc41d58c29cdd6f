/**
 * Seeded request bodies for the write routes: valid templates bent in the ways careless clients
 * and attackers bend them (wrong types, missing and unknown members, extreme numbers, long and odd
 * strings, deep nesting, broken JSON, non-objects). The same seed always gives the same bodies.
 */

const STRINGS = ['', ' ', 'x', '2026-11-20', '2026-02-30', '9999-99-99', 'G1', 'PR1', 'U1', 'admin', '<script>alert(1)</script>', "'; drop table users; --", '=HYPERLINK("x")', '\u0000', '\uD800', '网格'.repeat(3000), 'a'.repeat(70_000), '%ZZ', '../../etc/passwd', 'NaN', '1e309', 'true', 'null', '__proto__', 'constructor'];
const NUMBERS = [0, -0, 1, -1, 0.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, 5e-324, 1e21, 123456789.123456789, 180.0000001, -90.5];
const KEYS = ['__proto__', 'constructor', 'id', 'version', 'geometry', 'type', 'coordinates', 'week', 'unitId', 'gridId', 'status', 'role', 'password', 'revision', 'all', 'ids', 'url', 'kind', 'x'.repeat(300)];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function nested(depth: number, inner: unknown): unknown {
  let v = inner;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** Any JSON value, small or hostile. */
export function anyValue(rnd: () => number, depth = 0): unknown {
  const r = rnd();
  if (r < 0.15) return pick(rnd, STRINGS);
  if (r < 0.3) return pick(rnd, NUMBERS);
  if (r < 0.38) return rnd() < 0.5;
  if (r < 0.45) return null;
  if (r < 0.55) return nested(Math.floor(rnd() * 80), pick(rnd, NUMBERS));
  if (r < 0.7 && depth < 3) return Array.from({ length: Math.floor(rnd() * 5) }, () => anyValue(rnd, depth + 1));
  if (r < 0.85 && depth < 3) return Object.fromEntries(Array.from({ length: Math.floor(rnd() * 4) }, () => [pick(rnd, KEYS), anyValue(rnd, depth + 1)]));
  if (r < 0.92) return { type: pick(rnd, ['Polygon', 'MultiPolygon', 'Point', 'Feature']), coordinates: nested(Math.floor(rnd() * 5), [pick(rnd, NUMBERS), pick(rnd, NUMBERS)]), extra: 'y'.repeat(Math.floor(rnd() * 5000)) };
  return Array.from({ length: Math.floor(rnd() * 40) }, () => [100 + rnd() * 0.02, 30 + rnd() * 0.01]);
}

/** One body as text: usually the template with one to three members bent, sometimes no JSON object at all. */
export function fuzzBody(rnd: () => number, template: Record<string, unknown>): string {
  const r = rnd();
  if (r < 0.04) return pick(rnd, ['', '{', '{"a":', 'null', '[]', '"x"', '1', '{"a":1}}', '\uFEFF{}', '{"a":NaN}', '{a:1}', '[' .repeat(10_000)]);
  if (r < 0.08) return JSON.stringify(anyValue(rnd));
  const body: Record<string, unknown> = structuredClone(template);
  const keys = Object.keys(body);
  const changes = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < changes; i++) {
    const m = rnd();
    if (m < 0.55 && keys.length) body[pick(rnd, keys)] = anyValue(rnd);
    else if (m < 0.75 && keys.length) delete body[pick(rnd, keys)];
    else body[pick(rnd, KEYS)] = anyValue(rnd);
  }
  return JSON.stringify(body);
}
