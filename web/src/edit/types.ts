import type { ChangeSet, EditErrorCode, GridsResponse } from '@wangge/geodata';

/** A grid as the edit view holds it: the API's feature, geometry and attributes as edited so far. */
export type EditGrid = GridsResponse['features'][number];
export type GridChange = ChangeSet<EditGrid>;

/** What a step in the undo list did, for its label ("move vertex", "split 001"…). */
export const EDIT_ACTIONS = {
  moveVertex: 'moveVertex',
  insertVertex: 'insertVertex',
  deleteVertex: 'deleteVertex',
  draw: 'draw',
  split: 'split',
  merge: 'merge',
  retire: 'retire',
  attributes: 'attributes',
  fixGap: 'fixGap',
  fixOverlap: 'fixOverlap',
  import: 'import',
} as const;
export type EditAction = (typeof EDIT_ACTIONS)[keyof typeof EDIT_ACTIONS];

/** One undoable step: the change and its inverse (computed against the grids it was applied to). */
export interface Step {
  action: EditAction;
  change: GridChange;
  inverse: GridChange;
}

/** The map tools; `select` also drags, inserts and deletes vertices of the selected grid. */
export const EDIT_TOOLS = { select: 'select', draw: 'draw', split: 'split', merge: 'merge' } as const;
export type EditTool = (typeof EDIT_TOOLS)[keyof typeof EDIT_TOOLS];


/** Why an edit made in the web app itself was refused (beyond geodata's EDIT_ERRORS). */
export const LOCAL_EDIT_ERRORS = { noCommunity: 'no-community' } as const;
export type RefusalCode = EditErrorCode | (typeof LOCAL_EDIT_ERRORS)[keyof typeof LOCAL_EDIT_ERRORS];

/** A refused edit, as the panel shows it: the code picks the words, the message is the fallback. */
export interface Refusal {
  code: RefusalCode;
  message: string;
  grids?: string[];
}
