const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine): what a map's scale bar measures, at its latitude. */
export function distanceM([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
}

/**
 * The longest round length (1, 2 or 5 × 10^k metres) whose bar fits in maxPx, its width in px,
 * and how it reads ("500 m", "1 km"). Split into `segments` alternating blocks of equal length.
 */
export function niceScale(metresPerPx: number, maxPx: number): { metres: number; px: number; label: string; segments: number } {
  const maxM = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((s) => s * pow <= maxM) ?? 1;
  const metres = step * pow;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, px: metres / metresPerPx, label, segments: step === 2 ? 4 : step === 5 ? 5 : 4 };
}

export interface ScaleInfo {
  metresPerPx: number;
}

/** Metres per CSS pixel along the map's middle row, measured on the map itself (so right for its latitude). */
export function measureScale(map: { unproject(p: [number, number]): { lng: number; lat: number }; getContainer(): HTMLElement }): ScaleInfo {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const span = Math.max(50, Math.round(w / 2));
  const a = map.unproject([Math.round((w - span) / 2), h / 2]);
  const b = map.unproject([Math.round((w + span) / 2), h / 2]);
  return { metresPerPx: distanceM([a.lng, a.lat], [b.lng, b.lat]) / span };
}
