import { PROBLEM_STATUS_COLORS, STATUS_COLORS, type ProblemStatus, type Status } from '@wangge/geodata';

/** A chip's fill and the colour of the text on it. */
export interface ChipColors {
  background: string;
  text: string;
}

const DARK_TEXT = '#1f2933';
const LIGHT_TEXT = '#ffffff';

/**
 * The map's green (#1a9850) under white 12 px text is 3.7:1, short of WCAG AA's 4.5; dark text on it
 * is 4.0:1. Chips take the same green a shade darker (each channel × 0.82) so white reads on it,
 * while the map and the legend swatches keep the status colour itself.
 */
export const CHIP_GREEN = '#157d42';

/** Status chips: the status colour with the text that reads on it, the one green darkened. */
export const STATUS_CHIPS: Readonly<Record<Status, ChipColors>> = {
  on_time: { background: CHIP_GREEN, text: LIGHT_TEXT },
  late: { background: STATUS_COLORS.late, text: DARK_TEXT },
  missing: { background: STATUS_COLORS.missing, text: LIGHT_TEXT },
  pending: { background: STATUS_COLORS.pending, text: LIGHT_TEXT },
  not_due: { background: STATUS_COLORS.not_due, text: DARK_TEXT },
  exempt: { background: STATUS_COLORS.exempt, text: DARK_TEXT },
};

/** For a problem status this client does not know yet (a newer server): visible, but clearly "other". */
export const PROBLEM_OTHER_COLOR = '#4d4d4d';

/** Problem chips, in the pin colours; the pale ones take dark text, and verified (the map's green) is darkened as above. */
export const PROBLEM_CHIPS: Readonly<Record<ProblemStatus | 'other', ChipColors>> = {
  reported: { background: PROBLEM_STATUS_COLORS.reported, text: LIGHT_TEXT },
  assigned: { background: PROBLEM_STATUS_COLORS.assigned, text: DARK_TEXT },
  in_progress: { background: PROBLEM_STATUS_COLORS.in_progress, text: DARK_TEXT },
  fixed: { background: PROBLEM_STATUS_COLORS.fixed, text: DARK_TEXT },
  verified: { background: CHIP_GREEN, text: LIGHT_TEXT },
  other: { background: PROBLEM_OTHER_COLOR, text: LIGHT_TEXT },
};
