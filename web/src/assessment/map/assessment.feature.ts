import type { MapFeature } from '../../map/map-feature.ts';
import { emptySource } from '../../map/map-style.ts';
import { MAP_COLORS } from '../../map/theme.ts';
import { useData } from '../../state/data.store.ts';
import { useView } from '../../state/view.store.ts';
import { SCORE_LAYERS, SCORE_SOURCES, scoreFillLayer, scoreLabelLayer, scoreLineLayer, scorePointLayer } from './assessment.layer.ts';
import { scoredGrids, scoredPoints } from './score-map-data.ts';
import { useScoreMap } from './score-map.store.ts';

/** A mock-assessment round's scores on the map: its sampled points and their grids by score band, while the assessment view shows the round. */
export const assessmentFeature: MapFeature = {
  id: 'assessment',
  sources: () => ({ [SCORE_SOURCES.grids]: emptySource(), [SCORE_SOURCES.points]: emptySource() }),
  layers: () => [
    { slot: 'work-fill', layer: scoreFillLayer() },
    { slot: 'work-fill', layer: scoreLineLayer() },
    { slot: 'label-major', layer: scorePointLayer() },
    { slot: 'label', layer: scoreLabelLayer() },
  ],
  bind: (wmap) => {
    const sync = () => {
      const { roundId, points, pointScores, gridScores } = useScoreMap.getState();
      const shown = roundId !== null && useView.getState().drawer === 'assessment';
      if (shown) {
        wmap.setData(SCORE_SOURCES.grids, scoredGrids(useData.getState().grids, gridScores, MAP_COLORS.communityFill));
        wmap.setData(SCORE_SOURCES.points, scoredPoints(points, pointScores));
      }
      wmap.setVisible(Object.values(SCORE_LAYERS), shown);
    };
    sync();
    const offs = [useScoreMap.subscribe(sync), useView.subscribe(sync), useData.subscribe(sync)];
    return () => offs.forEach((off) => off());
  },
};
