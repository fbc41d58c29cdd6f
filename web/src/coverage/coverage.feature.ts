import type { FeatureCollection } from 'geojson';
import type { MapFeature } from '../map/map-feature.ts';
import { emptySource } from '../map/map-style.ts';
import { useData } from '../state/data.store.ts';
import { COVERAGE_LAYERS, COVERAGE_SOURCE, coverageImages, coverageLayers, defectFeatures, focusFilter } from './coverage.layer.ts';
import { shownReport, useCoverage } from './coverage.store.ts';
import { listDefects } from './defects.ts';
import { gridLookup } from './grid-lookup.ts';
import { drawerPadding } from './map-padding.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The defects of the report on show, drawn while the coverage (or edit) view is open, above the grids
 * and zones; the focused one outlined, and the map moved to it on each click in the list.
 */
export const coverageFeature: MapFeature = {
  id: 'coverage',
  sources: () => ({ [COVERAGE_SOURCE]: emptySource() }),
  layers: () => coverageLayers().map((layer) => ({ slot: 'defects', layer })),
  images: coverageImages(),
  bind: (wmap) => {
    let flown = useCoverage.getState().focusRequest;
    let drawn: { report: unknown; data: FeatureCollection } | null = null;

    const sync = () => {
      const s = useCoverage.getState();
      const report = s.shown ? shownReport(s) : null;
      if (!report) {
        wmap.setData(COVERAGE_SOURCE, EMPTY);
      } else {
        if (drawn?.report !== report) {
          const grids = gridLookup(s.live?.grids ?? useData.getState().grids?.features ?? []);
          drawn = { report, data: defectFeatures(listDefects(report, grids.bbox)) };
        }
        wmap.setData(COVERAGE_SOURCE, drawn.data);
      }
      wmap.setFilter(COVERAGE_LAYERS.focus, focusFilter(s.focus?.key ?? null));
      wmap.setVisible([COVERAGE_LAYERS.veil], s.shown);
      if (s.focusRequest !== flown) {
        flown = s.focusRequest;
        if (s.focus) wmap.fitTo(s.focus.bbox, drawerPadding(), { maxZoom: 17 });
      }
    };

    sync();
    return useCoverage.subscribe(sync);
  },
};
