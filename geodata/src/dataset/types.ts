import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * The shape of a county dataset (geodata/dafang/ is one). Everything a fresh database is seeded
 * from; ids are stable strings so reseeding and tests can name things.
 */
export interface StreetOffice {
  id: string;
  /** 9-digit township code, e.g. 520521001 */
  code: string;
  name: string;
}

export interface CommunityProps {
  id: string;
  /** 12 digits: county (6) + street office (3) + community (3) */
  code: string;
  name: string;
  streetOfficeId: string;
  /** true when the street office assignment is our guess, not from a source */
  streetOfficeGuessed: boolean;
  /** gridded communities must be fully covered by grids */
  gridded: boolean;
}

export interface GridProps {
  id: string;
  /** 15 digits: county (6) + street office (3) + community (3) + sequence (3) */
  code: string;
  name: string;
  communityId: string;
  areaId: string;
}

export const ZONE_KINDS = {
  road: 'road',
  commercial: 'commercial',
  market: 'market',
  hospital: 'hospital',
  park: 'park',
  toilet: 'toilet',
  hotel: 'hotel',
  dormitory: 'dormitory',
} as const;
export type ZoneKind = (typeof ZONE_KINDS)[keyof typeof ZONE_KINDS];

export interface ZoneProps {
  id: string;
  name: string;
  kind: ZoneKind;
  /** unit ids of the responsible departments, in the order the plan names them */
  unitIds: string[];
}

export interface Area {
  id: string;
  name: string;
  /** a title, never a real person's name, e.g. 县委常委、常务副县长 */
  leaderTitle: string;
  leaderPhone: string;
}

export interface Unit {
  id: string;
  name: string;
  contactName: string;
  contactPhone: string;
}

export const PERSON_ROLES = { manager: 'manager', supervisor: 'supervisor' } as const;
export type PersonRole = (typeof PERSON_ROLES)[keyof typeof PERSON_ROLES];

export interface Person {
  id: string;
  name: string;
  phone: string;
  role: PersonRole;
  gridId: string;
}

export interface GridUnit {
  gridId: string;
  unitId: string;
  /** the first-named unit leads */
  lead: boolean;
}

export interface SampleProblem {
  id: string;
  lon: number;
  lat: number;
  category: string;
  description: string;
  /** days before the clock's "now" when it was filed */
  daysAgo: number;
  status: string;
}

export interface Organisation {
  county: { code: string; name: string };
  streetOffices: StreetOffice[];
  areas: Area[];
  units: Unit[];
  gridUnits: GridUnit[];
  people: Person[];
}

export interface Dataset {
  communities: FeatureCollection<Polygon | MultiPolygon, CommunityProps>;
  grids: FeatureCollection<Polygon | MultiPolygon, GridProps>;
  zones: FeatureCollection<Polygon | MultiPolygon, ZoneProps>;
  organisation: Organisation;
  problems: SampleProblem[];
}

export type GridFeature = Feature<Polygon | MultiPolygon, GridProps>;
export type ProblemPoint = Feature<Point>;
