import type { UnitAdminInfo } from '@wangge/geodata';
import { createSearchList } from '../api/search-list.store.ts';
import { unitsApi } from './units-api.ts';

/** In service first, by name; merged ones last (as the server lists them). */
export function unitOrder(a: UnitAdminInfo, b: UnitAdminInfo): number {
  return Number(a.retiredAt !== null) - Number(b.retiredAt !== null) || a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id);
}

/** The units list of the admin's view (GET /api/units/manage?q=). */
export const useUnits = createSearchList<UnitAdminInfo>(unitsApi.list, unitOrder);
