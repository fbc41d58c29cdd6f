import { create } from 'zustand';
import type { ReportHistoryResponse, ReportRequest, ReportRequirements, ReportResponse } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { newClientId } from '../offline/client-id.ts';
import { useData } from '../state/data.store.ts';
import type { Load } from '../state/load.ts';
import { usePanel } from '../state/panel.store.ts';
import { reportsApi } from './reports-api.ts';

interface ReportsStore {
  /** the logged-in unit's reports, per week */
  byWeek: Readonly<Record<string, Load<ReportResponse[]>>>;
  /** every version of a report, per report id */
  versions: Readonly<Record<number, Load<ReportHistoryResponse>>>;
  /** what a report must carry (the server's setting) */
  requirements: Load<ReportRequirements> | null;
  loadWeek: (week: string, opts?: { force?: boolean }) => Promise<void>;
  loadVersions: (reportId: number, opts?: { force?: boolean }) => Promise<void>;
  loadRequirements: () => Promise<void>;
  /** the requirements a refusal named: the server's, newer than what the form showed */
  setRequirements: (requirements: ReportRequirements) => void;
  /** sends a report (new or an edit) with its new photos in one request, then refreshes the map's colours and the panel; throws the API error */
  submit: (body: ReportRequest, photos: readonly File[]) => Promise<{ report: ReportResponse; created: boolean }>;
  /** forgets every report and version (another unit, other reports) */
  clear: () => void;
}

/** The reporter's own reports and their versions; cleared when the user changes (state/wiring.ts). */
export const useReports = create<ReportsStore>((set, get) => ({
  byWeek: {},
  versions: {},
  requirements: null,
  loadWeek: async (week, opts) => {
    const current = get().byWeek[week];
    if (!opts?.force && current && current.state !== 'error') return;
    const put = (load: Load<ReportResponse[]>) => set((s) => ({ byWeek: { ...s.byWeek, [week]: load } }));
    if (!current || current.state !== 'ready') put({ state: 'loading' });
    try {
      put({ state: 'ready', data: await reportsApi.list(week) });
    } catch (err) {
      put({ state: 'error', message: errorMessage(err) });
    }
  },
  loadVersions: async (reportId, opts) => {
    const current = get().versions[reportId];
    if (!opts?.force && current && current.state !== 'error') return;
    const put = (load: Load<ReportHistoryResponse>) => set((s) => ({ versions: { ...s.versions, [reportId]: load } }));
    if (!current || current.state !== 'ready') put({ state: 'loading' });
    try {
      put({ state: 'ready', data: await reportsApi.versions(reportId) });
    } catch (err) {
      put({ state: 'error', message: errorMessage(err) });
    }
  },
  loadRequirements: async () => {
    // an admin may have changed them since: fetched again for each form, the last answer shown meanwhile
    if (get().requirements?.state === 'loading') return;
    if (get().requirements?.state !== 'ready') set({ requirements: { state: 'loading' } });
    try {
      set({ requirements: { state: 'ready', data: await reportsApi.requirements() } });
    } catch (err) {
      set({ requirements: { state: 'error', message: errorMessage(err) } });
    }
  },
  setRequirements: (requirements) => set({ requirements: { state: 'ready', data: requirements } }),
  submit: async (body, photos) => {
    const before = get().byWeek[body.week];
    const existed = before?.state === 'ready' && before.data.some((r) => r.gridId === body.gridId);
    const report = await reportsApi.submit({ ...body, clientId: body.clientId ?? newClientId() }, photos);
    set((s) => {
      const load = s.byWeek[body.week];
      const list = load?.state === 'ready' ? load.data.filter((r) => r.id !== report.id) : [];
      return { byWeek: { ...s.byWeek, [body.week]: { state: 'ready', data: [...list, report] } } };
    });
    if (get().versions[report.id]) void get().loadVersions(report.id, { force: true });
    void useData.getState().reloadStatus(body.week);
    usePanel.getState().refresh();
    return { report, created: !existed };
  },
  clear: () => set({ byWeek: {}, versions: {} }),
}));
