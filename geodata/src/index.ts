export * from './domain/status.ts';
export * from './domain/calendar.ts';
export * from './dataset/types.ts';
export * from './domain/api-types.ts';
export * from './geometry/bbox.ts';
export * from './locate/point-in.ts';
export * from './domain/roles.ts';
export * from './domain/problems.ts';
