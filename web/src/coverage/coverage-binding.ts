import type { FeatureCollection } from 'geojson';
import { useData } from '../state/data.store.ts';
import { addCoverageImages, COVERAGE_LAYERS, defectFeatures, focusFilter } from '../map/layers/coverage.layer.ts';
import { SOURCES } from '../map/theme.ts';
import type { WanggeMap } from '../map/wangge-map.ts';
import { shownReport, useCoverage } from './coverage.store.ts';
import { listDefects } from './defects.ts';
import { gridLookup } from './grid-lookup.ts';
import { drawerPadding } from './map-padding.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Draws the defects of the report on show while the coverage (or edit) view is open, outlines the
 * focused one and moves the map to it on each click in the list. Returns the unsubscribe.
 */
export function bindCoverage(wmap: WanggeMap): () => void {
  let loaded = false;
  let flown = useCoverage.getState().focusRequest;
  let drawn: { report: unknown; data: FeatureCollection } | null = null;

  const sync = () => {
    const s = useCoverage.getState();
    const report = s.shown ? shownReport(s) : null;
    if (!report) {
      wmap.setData(SOURCES.coverage, EMPTY);
    } else if (drawn?.report !== report) {
      const grids = gridLookup(s.live?.grids ?? useData.getState().grids?.features ?? []);
      drawn = { report, data: defectFeatures(listDefects(report, grids.bbox)) };
      wmap.setData(SOURCES.coverage, drawn.data);
    } else {
      wmap.setData(SOURCES.coverage, drawn.data);
    }
    if (loaded) {
      wmap.map.setFilter(COVERAGE_LAYERS.focus, focusFilter(s.focus?.key ?? null));
      wmap.map.setLayoutProperty(COVERAGE_LAYERS.veil, 'visibility', s.shown ? 'visible' : 'none');
    }
    if (s.focusRequest !== flown) {
      flown = s.focusRequest;
      if (s.focus) wmap.fitTo(s.focus.bbox, drawerPadding(), { maxZoom: 17 });
    }
  };

  const onLoad = () => {
    loaded = true;
    addCoverageImages(wmap.map);
    sync();
  };
  wmap.map.once('load', onLoad);
  const off = useCoverage.subscribe(sync);
  sync();
  return () => {
    off();
    wmap.map.off('load', onLoad);
  };
}
