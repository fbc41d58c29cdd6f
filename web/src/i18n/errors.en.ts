import type { ErrorMessageKey } from './errors.zh.ts';

/** English for the API's error codes; same keys and placeholders as errors.zh.ts. */
export const errorsEn: Readonly<Record<ErrorMessageKey, string>> = {
  'error.unauthenticated': 'Please log in (the login expired, or you logged out elsewhere).',
  'error.bad_credentials': 'Wrong username or password.',
  'error.forbidden': 'Your account may not do this.',
  'error.county_required': 'This system holds several counties: choose one first.',
  'error.unknown_county': 'There is no such county.',
  'error.other_county': 'Your account sees and acts on its own county only.',
  'error.city_wide_only': 'Only a city-wide account may do this.',
  'error.not_your_grid': 'Your unit is not responsible for this grid.',
  'error.too_many_attempts': 'Too many attempts: try again in {seconds} s.',
  'error.too_many_attempts.later': 'Too many attempts: try again later.',
  'error.too_large': 'The file or data is larger than the server accepts.',
  'error.not_an_image': 'Only JPEG, PNG or WebP photos can be uploaded.',
  'error.no_photo_store': 'This server has no photo storage set up, so photos cannot be uploaded yet.',
  'error.outside_county': 'This place lies in no community of the county (are longitude and latitude swapped?).',
  'error.busy': 'Other maps are being exported: try again in a minute.',
  'error.unavailable': 'The server cannot do this at the moment: ask the administrator.',
  'error.render_failed': 'The map could not be made: try again.',
  'error.internal': 'Something went wrong on the server: try again later.',
  'error.network': 'Cannot reach the server: check the network and try again.',
  'error.coverage_worse': 'After this save, gaps, overlaps or spill-overs would cover more area than now.',
  'error.coverage_worse.details':
    'After this save: gaps {gapCount} ({gapArea}), overlaps {overlapCount} ({overlapArea}), spill-overs {outsideCount} ({outsideArea}); before it, defects covered {beforeArea} in all.',
  'error.bad_geometry': 'The boundary of grid {grid} is not valid (it crosses itself, is not closed, or has missing or out-of-range coordinates); fix it and save again.',
  'error.too_many_vertices': 'Grid {grid} has {vertices} vertices; a grid may have at most {max}: simplify its boundary or split it.',
  'error.too_many_vertices.save': 'This save has {vertices} vertices in {grids} grids; one save may have at most {max}: save fewer grids at a time.',
  'error.too_dense': 'The edges of grid {grid} are packed so closely that checking the coverage would be very slow: simplify its boundary.',
};
