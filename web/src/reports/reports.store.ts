import { create } from 'zustand';
import type { PhotoInfo, ReportRequest, ReportResponse } from '@wangge/geodata';
import { errorMessage } from '../api/error-message.ts';
import { useData } from '../state/data.store.ts';
import type { Load } from '../state/load.ts';
import { usePanel } from '../state/panel.store.ts';
import { reportsApi } from './reports-api.ts';

interface ReportsStore {
  /** the logged-in unit's reports, per week */
  byWeek: Readonly<Record<string, Load<ReportResponse[]>>>;
  /** photos per report id */
  photos: Readonly<Record<number, Load<PhotoInfo[]>>>;
  loadWeek: (week: string, opts?: { force?: boolean }) => Promise<void>;
  /** sends a report (new or an edit), then refreshes the map's colours and the panel; throws the API error */
  submit: (body: ReportRequest) => Promise<{ report: ReportResponse; created: boolean }>;
  loadPhotos: (reportId: number) => Promise<void>;
  /** uploads one file and adds it to the report's photos; throws the API error */
  addPhoto: (reportId: number, file: File) => Promise<void>;
  /** forgets every report and photo (another unit, other reports) */
  clear: () => void;
}

/** The reporter's own reports and photos; cleared when the user changes (state/wiring.ts). */
export const useReports = create<ReportsStore>((set, get) => ({
  byWeek: {},
  photos: {},
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
  submit: async (body) => {
    const before = get().byWeek[body.week];
    const existed = before?.state === 'ready' && before.data.some((r) => r.gridId === body.gridId);
    const report = await reportsApi.submit(body);
    set((s) => {
      const load = s.byWeek[body.week];
      const list = load?.state === 'ready' ? load.data.filter((r) => r.id !== report.id) : [];
      return { byWeek: { ...s.byWeek, [body.week]: { state: 'ready', data: [...list, report] } } };
    });
    void useData.getState().reloadStatus(body.week);
    usePanel.getState().refresh();
    return { report, created: !existed };
  },
  loadPhotos: async (reportId) => {
    const put = (load: Load<PhotoInfo[]>) => set((s) => ({ photos: { ...s.photos, [reportId]: load } }));
    if (!get().photos[reportId]) put({ state: 'loading' });
    try {
      put({ state: 'ready', data: await reportsApi.photos(reportId) });
    } catch (err) {
      put({ state: 'error', message: errorMessage(err) });
    }
  },
  addPhoto: async (reportId, file) => {
    const photo = await reportsApi.addPhoto(reportId, file);
    set((s) => {
      const load = s.photos[reportId];
      const list = load?.state === 'ready' ? load.data : [];
      return { photos: { ...s.photos, [reportId]: { state: 'ready', data: [...list, photo] } } };
    });
  },
  clear: () => set({ byWeek: {}, photos: {} }),
}));
