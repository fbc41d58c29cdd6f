import { addProtocol } from 'maplibre-gl';

/** The URL scheme MapLibre reads a PMTiles archive through. */
export const PMTILES_SCHEME = 'pmtiles';

type Tile = Parameters<typeof addProtocol>[1];
let loaded: Promise<Tile> | null = null;
let registered = false;

/**
 * Lets MapLibre read `pmtiles://` sources. The `pmtiles` package is loaded on the first request
 * for one, so a deployment without a PMTiles basemap never downloads it.
 */
export function registerPmtilesProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(PMTILES_SCHEME, async (params, abort) => {
    loaded ??= import('pmtiles').then(({ Protocol }) => new Protocol().tile as Tile);
    return (await loaded)(params, abort);
  });
}

/** The MapLibre source URL of an archive on the app's origin. */
export const pmtilesUrl = (archive: string, origin = globalThis.location?.origin ?? '') => `${PMTILES_SCHEME}://${new URL(archive, origin).href}`;
