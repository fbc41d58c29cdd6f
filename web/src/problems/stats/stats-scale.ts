/**
 * Gridlines for a count axis: 0 and steps of 1, 2 or 5 × 10ⁿ up to the first one at or above `max`,
 * about `target` of them, so the axis reads in round numbers whatever the county's size.
 */
export function countTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const whole = Math.max(1, Math.round(step));
  const ticks = [0];
  while (ticks.at(-1)! < max) ticks.push(ticks.at(-1)! + whole);
  return ticks;
}
