export { gcj02ToWgs84, outOfChina, wgs84ToGcj02 } from './gcj02.ts';
export { bd09ToGcj02, gcj02ToBd09 } from './bd09.ts';
export { convertCollection, convertPosition, CRS, isCrs, type Crs } from './convert-collection.ts';
