import type { Context } from 'hono';
import { badRequest } from './errors.ts';
import { MAX_JSON_DEPTH, jsonDepth } from './json-depth.ts';
import { readBodyText, type BracketLimit } from './read-body.ts';

const MAX_JSON_BYTES = 1_000_000;

/** Reads a JSON object body, refusing non-JSON, oversized or non-object bodies with a clear message. */
export async function jsonBody(c: Context, limit = MAX_JSON_BYTES, brackets?: BracketLimit): Promise<Record<string, unknown>> {
  return jsonObject(await readBodyText(c, limit, brackets), 'request body');
}

/** Parses JSON text that must hold an object; `what` names it in the error (the body, a form field). */
export function jsonObject(text: string, what: string): Record<string, unknown> {
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw badRequest(`${what} nests deeper than ${MAX_JSON_DEPTH} levels`, 'bad_json', { maxDepth: MAX_JSON_DEPTH });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest(`${what} is not valid JSON`, 'bad_json');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest(`${what} must be a JSON object`, 'bad_json');
  if (holdsNul(value)) throw badRequest(`${what} holds a NUL character (\\u0000), which no text here may contain`, 'bad_json');
  return value as Record<string, unknown>;
}

/** Whether a parsed JSON value has a NUL in any string or key (PostgreSQL text cannot store one); its depth is already bounded. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\0') || holdsNul(v));
  return false;
}

export function requiredString(body: Record<string, unknown>, key: string, maxLength = 2000): string {
  const v = body[key];
  if (typeof v !== 'string' || v.trim() === '') throw badRequest(`${key} is required and must be a non-empty string`, 'bad_field');
  if (v.length > maxLength) throw badRequest(`${key} is longer than ${maxLength} characters`, 'bad_field');
  return v.trim();
}

export function optionalString(body: Record<string, unknown>, key: string, maxLength = 5000): string | null {
  const v = body[key];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') throw badRequest(`${key} must be a string`, 'bad_field');
  if (v.length > maxLength) throw badRequest(`${key} is longer than ${maxLength} characters`, 'bad_field');
  return v.trim();
}

export function optionalNumber(body: Record<string, unknown>, key: string, { min = 0, max = 1e6, integer = false } = {}): number | null {
  const v = body[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badRequest(`${key} must be a number`, 'bad_field');
  if (integer && !Number.isInteger(v)) throw badRequest(`${key} must be a whole number`, 'bad_field');
  if (v < min || v > max) throw badRequest(`${key} must be between ${min} and ${max}`, 'bad_field');
  return v;
}

export function optionalStringList(body: Record<string, unknown>, key: string, allowed?: readonly string[]): string[] | null {
  const v = body[key];
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw badRequest(`${key} must be a list of strings`, 'bad_field');
  const bad = allowed ? v.filter((x) => !allowed.includes(x)) : [];
  if (bad.length) throw badRequest(`${key} has unknown values: ${bad.join(', ')} (allowed: ${allowed!.join(', ')})`, 'bad_field');
  return v as string[];
}
