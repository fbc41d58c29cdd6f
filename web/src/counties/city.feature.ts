import { geometryBBox, type CityMapResponse } from '@wangge/geodata';
import { MESSAGES, translate, useLang } from '../i18n/lang.ts';
import { isPhone } from '../theme/breakpoints.ts';
import { labelPoints } from '../map/label-points.ts';
import type { MapFeature } from '../map/map-feature.ts';
import { emptySource } from '../map/map-style.ts';
import { cityAreas } from './city-map-data.ts';
import { CITY_LAYERS, CITY_SOURCES, cityFillLayer, cityLabelLayer, cityLineLayer } from './city.layer.ts';
import { useCity } from './city.store.ts';
import { useCounties } from './counties.store.ts';

/** Room for the overview panel: beside the map on a wide screen, under it on a phone. */
function overviewPadding() {
  return isPhone() ? { top: 24, right: 24, bottom: Math.round(window.innerHeight * 0.5) + 12, left: 24 } : { top: 24, right: 24, bottom: 24, left: 476 };
}

function cityBBox(outlines: CityMapResponse): [number, number, number, number] | null {
  if (outlines.features.length === 0) return null;
  const boxes = outlines.features.map((f) => geometryBBox(f.geometry));
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/**
 * The city overview on the map: while it is open, every county is drawn in the colour of its week's
 * on-time share, over whatever county is loaded, and the map shows the whole city; a click on a
 * county opens it.
 */
export const cityFeature: MapFeature = {
  id: 'city',
  sources: () => ({ [CITY_SOURCES.areas]: emptySource(), [CITY_SOURCES.labels]: emptySource() }),
  layers: () => [
    // over everything: while the city is shown, the loaded county's labels and pins would only clutter it
    { slot: 'marker', layer: cityFillLayer() },
    { slot: 'marker', layer: cityLineLayer() },
    { slot: 'marker', layer: cityLabelLayer() },
  ],
  bind: (wmap) => {
    let framed = false;
    const sync = () => {
      const { open, outlines, status } = useCity.getState();
      const shown = open && outlines !== null;
      if (shown) {
        const areas = cityAreas(outlines, status, translate(MESSAGES[useLang.getState().lang], 'city.none'));
        wmap.setData(CITY_SOURCES.areas, areas);
        wmap.setData(CITY_SOURCES.labels, labelPoints(areas));
        if (!framed) {
          const box = cityBBox(outlines);
          if (box) wmap.fitTo(box, overviewPadding());
          framed = true;
        }
      } else framed = false;
      wmap.setVisible(Object.values(CITY_LAYERS), shown);
    };
    sync();
    const offs = [
      useCity.subscribe(sync),
      useLang.subscribe(sync),
      wmap.onClick({
        phase: 'target',
        layers: [CITY_LAYERS.fill],
        handle: ({ hit }) => {
          const countyId = hit?.properties?.countyId;
          if (typeof countyId !== 'string' || !useCity.getState().open) return false;
          useCounties.getState().choose(countyId);
          useCity.getState().hide();
          return true;
        },
      }),
      wmap.onHover(CITY_LAYERS.fill, 'pointer'),
    ];
    return () => offs.forEach((off) => off());
  },
};
