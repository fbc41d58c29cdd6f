import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { PROBLEM_STATUS_COLORS } from '@wangge/geodata';
import { MAP_COLORS, MAP_FONTS } from '../map/theme.ts';
import { PROBLEM_OTHER_COLOR } from '../theme/chips.ts';

/** Source ids: the pins in view (clustered), and the open problem's ring and the draft pin. */
export const PROBLEM_SOURCES = { pins: 'problems', focus: 'problem-focus' } as const;

export const PROBLEM_LAYERS = {
  clusters: 'problems-clusters',
  clusterCount: 'problems-cluster-count',
  halo: 'problems-halo',
  points: 'problems-points',
  room: 'problems-room',
} as const;


export function problemColorExpression(): ExpressionSpecification {
  const pairs = Object.entries(PROBLEM_STATUS_COLORS).flat();
  // the spec's tuple type cannot describe pairs spread from an array; the style test validates it
  return ['match', ['get', 'status'], ...pairs, PROBLEM_OTHER_COLOR] as unknown as ExpressionSpecification;
}

/** Pin radius; an overdue pin's ring is drawn this much wider than the normal dark halo. */
const PIN_RADIUS = 6;
const HALO_RADIUS = 9.5;
const OVERDUE_HALO_RADIUS = 12;

/** Features of the source that are single problems, not clusters. */
const IS_PIN: ExpressionSpecification = ['!', ['has', 'point_count']];

/** Clusters carry how many of their problems are overdue, so a cluster can stand out too. */
export function problemClusterProperties(): Record<string, ExpressionSpecification> {
  return { overdue: ['+', ['case', ['==', ['get', 'overdue'], true], 1, 0]] };
}

export function problemsSource(): SourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    cluster: true,
    clusterRadius: 36,
    clusterMaxZoom: 16,
    clusterProperties: problemClusterProperties(),
  };
}

/** Halo colour: the overdue ring on overdue pins and on clusters holding any, the dark ring otherwise. */
export function problemHaloColorExpression(): ExpressionSpecification {
  return [
    'case',
    ['has', 'point_count'],
    ['case', ['>', ['get', 'overdue'], 0], MAP_COLORS.overdue, '#ffffff'],
    ['==', ['get', 'overdue'], true],
    MAP_COLORS.overdue,
    MAP_COLORS.cluster,
  ];
}

export function problemClusterLayer(): LayerSpecification {
  return {
    id: PROBLEM_LAYERS.clusters,
    type: 'circle',
    source: PROBLEM_SOURCES.pins,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': MAP_COLORS.cluster,
      'circle-radius': ['step', ['get', 'point_count'], 11, 5, 14, 20, 18, 1000, 22],
      'circle-stroke-color': problemHaloColorExpression(),
      'circle-stroke-width': ['case', ['>', ['get', 'overdue'], 0], 3, 2],
    },
  };
}

export function problemClusterCountLayer(): LayerSpecification {
  return {
    id: PROBLEM_LAYERS.clusterCount,
    type: 'symbol',
    source: PROBLEM_SOURCES.pins,
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': [...MAP_FONTS.bold],
      'text-size': 12,
      'text-allow-overlap': true,
      // the count sits on its own circle; it must not push community or grid labels away
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  };
}

/** The outer ring of each pin, drawn under it: dark, or wider and in the overdue colour. */
export function problemHaloLayer(): LayerSpecification {
  return {
    id: PROBLEM_LAYERS.halo,
    type: 'circle',
    source: PROBLEM_SOURCES.pins,
    filter: IS_PIN,
    paint: {
      'circle-color': problemHaloColorExpression(),
      'circle-radius': ['case', ['==', ['get', 'overdue'], true], OVERDUE_HALO_RADIUS, HALO_RADIUS],
      'circle-blur': 0.15,
    },
  };
}

export function problemPointLayer(): LayerSpecification {
  return {
    id: PROBLEM_LAYERS.points,
    type: 'circle',
    source: PROBLEM_SOURCES.pins,
    filter: IS_PIN,
    paint: {
      'circle-color': problemColorExpression(),
      'circle-radius': PIN_RADIUS,
      // white then dark ring: a pin must stand out on every status colour, including its own
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  };
}

/** Square room (px) each pin or cluster keeps clear of labels: its widest ring, plus a little air. */
const PIN_ROOM = 2 * OVERDUE_HALO_RADIUS;
const CLUSTER_ROOM: ExpressionSpecification = ['step', ['get', 'point_count'], 26, 5, 32, 20, 40, 1000, 48];

/**
 * Invisible boxes where the pins and clusters are. Circles take no part in label placement, so pins used to sit on
 * community and grid labels; symbols are placed top layer first, so with this above the label layers the labels
 * (which may shift to a side: their `text-variable-anchor`) move off the pins instead of under them. Never drawn,
 * never hit by clicks (those query the circle layers).
 */
export function problemRoomLayer(): LayerSpecification {
  return {
    id: PROBLEM_LAYERS.room,
    type: 'symbol',
    source: PROBLEM_SOURCES.pins,
    layout: {
      // one full-block glyph of this size is a box about this many pixels square
      'text-field': '\u2588',
      'text-font': [...MAP_FONTS.regular],
      'text-size': ['case', ['has', 'point_count'], CLUSTER_ROOM, PIN_ROOM],
      'text-padding': 0,
      'text-allow-overlap': true,
      'text-ignore-placement': false,
    },
    paint: { 'text-opacity': 0 },
  };
}
