import { prefetchFirstMap } from './api/prefetch.ts';

// The entry is small so it runs at once: the first map's data is asked for while the app's code
// (React, MapLibre, the views in boot.tsx) is still loading. view=wall starts its own way.
if (new URLSearchParams(window.location.search).get('view') !== 'wall') prefetchFirstMap(window.location.search);
void import('./boot.tsx');
