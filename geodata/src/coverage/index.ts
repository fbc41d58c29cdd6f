export { checkCoverage } from './check.ts';
export { geometryIssue, inspectGeometry } from './validate.ts';
export type { GeometryInspection } from './validate.ts';
export type { ShapeIssue } from './ingest.ts';
export { parseCoverageInput, checkCoverageInput, featureId, looksSwapped } from './input.ts';
export type { CoverageInput, PolygonCollection } from './input.ts';
export { equalAreaProjection } from './projection.ts';
export type { Projection } from './projection.ts';
export * from './types.ts';
