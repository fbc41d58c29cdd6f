/**
 * Whether the edit view is editing, readable without loading the edit code: the map's click
 * handler asks this on every click, and the edit code (terra-draw, the coverage engine) loads
 * only when a planner opens the edit view.
 */
let editing = false;

export function isEditing(): boolean {
  return editing;
}

export function setEditing(on: boolean): void {
  editing = on;
}
