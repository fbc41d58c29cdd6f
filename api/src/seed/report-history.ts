import { REPORT_ACTIVITIES, currentWeek, weekDueAt, weekOpensAt, weeksEnding, type GridUnit } from '@wangge/geodata';
import { draw } from './rng.ts';

export interface SeedReport {
  unitId: string;
  gridId: string;
  week: string;
  submittedAt: number;
  /** the week's Friday: the day units go to their grid */
  workedOn: string;
  participants: number;
  hours: number;
  activities: string[];
  problemsFound: number;
  problemsFixed: number;
  content: string;
}

const HOUR = 3600_000;
// every listed activity but 其他, which a seeded report never needs
const ACTIVITIES = REPORT_ACTIVITIES.filter((a) => a !== '其他');

/**
 * A plausible history of weekly reports for the `weeks` weeks ending with the current one: each
 * unit has its own reliability, so some units are usually on time and a few are often late or
 * missing. Reports that would be submitted after `now` are left out (those are still pending).
 */
export function reportHistory(gridUnits: readonly GridUnit[], now: number, weeks = 8): SeedReport[] {
  const out: SeedReport[] = [];
  for (const week of weeksEnding(currentWeek(now), weeks)) {
    const opens = weekOpensAt(week);
    const due = weekDueAt(week);
    for (const { unitId, gridId } of gridUnits) {
      const reliability = 0.7 + 0.29 * draw(`reliability|${unitId}`);
      const key = `${unitId}|${gridId}|${week}`;
      const r = draw(key);
      let submittedAt: number;
      if (r < reliability * 0.93) submittedAt = opens + HOUR + draw(`t|${key}`) * (due - opens - 2 * HOUR);
      else if (r < reliability) submittedAt = due + HOUR + draw(`t|${key}`) * 48 * HOUR;
      else continue;
      submittedAt = Math.round(submittedAt / 60_000) * 60_000;
      if (submittedAt > now) continue;
      const found = Math.floor(draw(`found|${key}`) * 5);
      out.push({
        unitId,
        gridId,
        week,
        submittedAt,
        workedOn: week,
        participants: 2 + Math.floor(draw(`people|${key}`) * 8),
        hours: 2,
        activities: ACTIVITIES.filter((_, i) => draw(`act${i}|${key}`) < 0.5).concat(ACTIVITIES[0]).filter((a, i, all) => all.indexOf(a) === i),
        problemsFound: found,
        problemsFixed: Math.min(found, Math.floor(draw(`fixed|${key}`) * (found + 1))),
        content: '周五下午到网格开展环境卫生整治和创文宣传。',
      });
    }
  }
  return out;
}
