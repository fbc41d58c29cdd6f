import type { Position } from 'geojson';
import { composeChanges, deleteVertex, fixGap, fixOverlap, mergeGrids, splitGrid, applyChange } from '@wangge/geodata';
import type { Defect } from '../coverage/defects.ts';
import { MESSAGES, translate, useLang } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { polygonLabelPoint } from '../map/label-points.ts';
import { useData } from '../state/data.store.ts';
import { useEdit } from './edit.store.ts';
import { gapFixHighlight, overlapFixHighlight, vertexOnlyGrids } from './fix-highlight.ts';
import { communityAt, newGridId, newGridProperties } from './grid-attrs.ts';
import { nodeNewGrid } from './node-new-grid.ts';
import { LOCAL_EDIT_ERRORS, type EditGrid } from './types.ts';
import { dealByArea, mergedPeople, mergedUnits, relativeArea, splitPeople } from './review/responsibility.ts';
import { useReview } from './review/review.store.ts';

/**
 * What the planner asks for, turned into change sets by geodata's edit operations and handed to
 * the store's one write path. A refused edit is shown, never thrown.
 */
const text = (key: MessageKey, params?: Record<string, string | number>) => translate(MESSAGES[useLang.getState().lang], key, params);
const byId = (id: string | null) => useEdit.getState().grids.find((g) => g.properties.id === id);
const gridCode = (id: string) => byId(id)?.properties.code ?? id;

export function splitSelected(line: Position[]): void {
  const { grids, selected, transact, refuse, select } = useEdit.getState();
  const grid = byId(selected);
  const community = useData.getState().communities?.features.find((c) => c.properties.id === grid?.properties.communityId);
  if (!grid || !community) return;
  const id = newGridId();
  const props = newGridProperties(id, community, grids, grid, text('edit.newName', { name: grid.properties.name }));
  const r = splitGrid(grids, grid.properties.id, line, { newId: id, newProperties: { ...props } });
  if (!r.ok) return refuse(r.error);
  // the new piece is a new feature: its feature id follows its own id, not the split grid's
  const pieces = r.change.put.map((g) => (g.properties.id === id ? { ...g, id } : g));
  const kept = pieces.find((g) => g.properties.id === grid.properties.id);
  const made = pieces.find((g) => g.properties.id === id);
  if (!kept || !made) return transact({ ...r.change, put: pieces }, 'split');
  // which units go where: first dealt by area, then the review asks the planner
  const keptArea = relativeArea(kept.geometry);
  const madeArea = relativeArea(made.geometry);
  const units = dealByArea(namedUnits(grid), keptArea, madeArea);
  const put = pieces.map((g) => (g === kept ? withUnits(g, units.kept) : g === made ? withUnits(g, units.made) : g));
  transact({ ...r.change, put }, 'split');
  select(id);
  const keptId = grid.properties.id;
  void useReview.getState().open({ kind: 'split', keptId, madeId: id, keptArea, madeArea }, (read) => {
    const people = splitPeople(read[keptId], keptArea, madeArea);
    return { [keptId]: people.kept, [id]: people.made };
  }, [keptId]);
}

/** A grid's units with their names, lead first. */
export function namedUnits(grid: EditGrid): { id: string; name: string }[] {
  return grid.properties.unitIds.map((u, i) => ({ id: u, name: grid.properties.unitNames[i] ?? u }));
}

export function withUnits(grid: EditGrid, units: readonly { id: string; name: string }[]): EditGrid {
  return { ...grid, properties: { ...grid.properties, unitIds: units.map((u) => u.id), unitNames: units.map((u) => u.name) } };
}

/** Sets a grid's units (a review's remove or move): one undoable step. */
export function setUnits(id: string, units: readonly { id: string; name: string }[]): void {
  const grid = byId(id);
  if (grid) useEdit.getState().transact({ put: [withUnits(grid, units)], delete: [] }, 'attributes');
}

export function mergeSelectedWith(otherId: string): void {
  const { grids, selected, transact, refuse } = useEdit.getState();
  if (!selected) return;
  const other = byId(otherId);
  const r = mergeGrids(grids, selected, otherId);
  if (!r.ok) return refuse(r.error);
  // nothing is dropped silently: the merged grid holds both grids' units until the planner removes one
  const extra = other ? namedUnits(other) : [];
  const put = r.change.put.map((g) => {
    if (g.properties.id !== selected) return g;
    const all = [...namedUnits(g), ...extra];
    return withUnits(g, mergedUnits(all.map((u) => u.id), []).map((id) => all.find((u) => u.id === id)!));
  });
  transact({ ...r.change, put }, 'merge');
  void useReview.getState().open({ kind: 'merge', gridId: selected, otherId, otherCode: other?.properties.code ?? otherId }, (read) => ({ [selected]: mergedPeople(read[selected], read[otherId]) }), [selected, otherId]);
}

export function retireSelected(): void {
  const { selected, transact, select } = useEdit.getState();
  if (!selected) return;
  transact({ put: [], delete: [selected] }, 'retire');
  select(null);
}

export function deletePickedVertex(): void {
  const { grids, vertex, transact, refuse } = useEdit.getState();
  if (!vertex) return;
  const r = deleteVertex(grids, vertex);
  if (!r.ok) return refuse(r.error);
  transact(r.change, 'deleteVertex');
}

/** A polygon drawn on the map becomes a grid of the community it lies in, noded with its neighbours. */
export function addDrawnGrid(ring: Position[]): void {
  const { grids, transact, refuse, select } = useEdit.getState();
  const communities = useData.getState().communities;
  const inside = polygonLabelPoint([ring])?.point;
  const community = communities && inside ? communityAt(communities, inside) : null;
  if (!community || !inside) {
    return refuse({ code: LOCAL_EDIT_ERRORS.noCommunity, message: 'the new grid lies in no community' });
  }
  const id = newGridId();
  const neighbour = grids.find((g) => g.properties.communityId === community.properties.id);
  const properties = newGridProperties(id, community, grids, neighbour, text('edit.drawnName', { community: community.properties.name }));
  const made: EditGrid = { type: 'Feature', id, geometry: { type: 'Polygon', coordinates: [ring] }, properties };
  const add = { put: [made], delete: [] };
  transact(composeChanges(add, nodeNewGrid(applyChange(grids, add), id)), 'draw');
  select(id);
}

/** A gap becomes a grid of its own, in the community it lies in: exactly its shape, so it closes the gap. */
export function gridFromGap(defect: Defect): void {
  const { grids, transact, refuse, select } = useEdit.getState();
  const community = useData.getState().communities?.features.find((c) => c.properties.id === defect.boundary);
  if (defect.kind !== 'gap' || !defect.geometry || defect.geometry.type === 'Point') return;
  if (!community) return refuse({ code: LOCAL_EDIT_ERRORS.noCommunity, message: 'the gap lies in no community' });
  const id = newGridId();
  const neighbour = grids.find((g) => defect.grids.includes(g.properties.id)) ?? grids.find((g) => g.properties.communityId === community.properties.id);
  const properties = newGridProperties(id, community, grids, neighbour, text('edit.drawnName', { community: community.properties.name }));
  const made: EditGrid = { type: 'Feature', id, geometry: defect.geometry, properties };
  const add = { put: [made], delete: [] };
  transact(composeChanges(add, nodeNewGrid(applyChange(grids, add), id)), 'draw');
  select(id);
}

export type AttributeEdit = Pick<EditGrid['properties'], 'code' | 'name' | 'communityId' | 'areaId' | 'unitIds'>;

/** New attributes for a grid, with the names that go with the ids (shown until the save answers). */
export function setAttributes(id: string, attrs: AttributeEdit, names: { area: string; units: string[] }): void {
  const grid = byId(id);
  const community = useData.getState().communities?.features.find((c) => c.properties.id === attrs.communityId)?.properties;
  if (!grid || !community) return;
  const properties = {
    ...grid.properties,
    ...attrs,
    communityName: community.name,
    streetOfficeId: community.streetOfficeId,
    streetOfficeName: community.streetOfficeName,
    areaName: names.area,
    unitNames: names.units,
  };
  useEdit.getState().transact({ put: [{ ...grid, properties }], delete: [] }, 'attributes');
}

export function previewGapFix(defect: Defect): void {
  const { grids, setPreview, refuse } = useEdit.getState();
  if (defect.kind !== 'gap' || defect.geometry?.type === 'Point' || !defect.geometry) return;
  const gridBoundary = new Map(grids.map((g) => [g.properties.id, g.properties.communityId]));
  const r = fixGap(grids, { geometry: defect.geometry, boundary: defect.boundary }, { gridBoundary });
  if (!r.ok) return refuse(r.error);
  const highlight = gapFixHighlight(grids, r.change, r.assigned);
  // a gap in several parts may give more than one to a grid: the words name each grid once
  const taken = new Map<string, { area: number; shared: number }>();
  for (const a of r.assigned) {
    const t = taken.get(a.grid) ?? { area: 0, shared: 0 };
    taken.set(a.grid, { area: t.area + a.areaM2, shared: t.shared + a.sharedM });
  }
  const to = [...taken].map(([grid, t]) => text('edit.fixGapTo', { code: gridCode(grid), area: Math.round(t.area), shared: Math.round(t.shared) }));
  const parts = [to.join(text('panel.listSeparator'))];
  const vertexOnly = vertexOnlyGrids(highlight, [...taken.keys()]);
  if (vertexOnly.length) parts.push(text('edit.fixVertices', { codes: vertexOnly.map(gridCode).join(text('panel.listSeparator')) }));
  setPreview({ action: 'fixGap', change: r.change, summary: parts.join(''), key: defect.key, highlight });
}

export function previewOverlapFix(defect: Defect, from: string): void {
  const { grids, setPreview, refuse } = useEdit.getState();
  if (defect.kind !== 'overlap' || defect.geometry?.type === 'Point' || !defect.geometry) return;
  const r = fixOverlap(grids, { geometry: defect.geometry }, from);
  if (!r.ok) return refuse(r.error);
  const keeper = defect.grids.find((id) => id !== from);
  const highlight = overlapFixHighlight(grids, r.change, defect.geometry, from, r.slivers);
  const parts = [text('edit.fixOverlapMoves', { from: gridCode(from), to: keeper ? gridCode(keeper) : '', area: Math.round(r.removedM2) })];
  for (const s of r.slivers) if (s.grid) parts.push(text('edit.fixOverlapSliver', { to: gridCode(s.grid), area: Math.round(s.areaM2) }));
  const vertexOnly = vertexOnlyGrids(highlight, [from, keeper, ...r.slivers.map((m) => m.grid)]);
  if (vertexOnly.length) parts.push(text('edit.fixVertices', { codes: vertexOnly.map(gridCode).join(text('panel.listSeparator')) }));
  setPreview({ action: 'fixOverlap', change: r.change, summary: parts.join(''), key: defect.key, highlight });
}

export function applyPreview(): void {
  const { preview, transact } = useEdit.getState();
  if (preview) transact(preview.change, preview.action);
}
