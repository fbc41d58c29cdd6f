import type { Context } from 'hono';
import type { Answer } from '../services/client-writes.ts';

/** Answers a write's JSON; a repeat of an earlier write (same clientId) says so in `Client-Write: repeat`. */
export function answerJson<T>(c: Context, answer: Answer<T> & { repeated: boolean }) {
  if (answer.repeated) c.header('Client-Write', 'repeat');
  return c.json(answer.body as object, answer.status);
}
