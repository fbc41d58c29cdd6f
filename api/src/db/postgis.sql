-- PostGIS's view of the stored GeoJSON: a generated geometry per row and a GiST index on it, for
-- point-in-polygon and bounding-box lookups. Not part of the drizzle schema (api/src/db/tables.ts),
-- so no query selects them unless it names them (api/src/db/spatial.ts). Run by pg-store.ts after
-- the drizzle migrations, every start: each statement does nothing when its work is done.
ALTER TABLE "communities" ADD COLUMN IF NOT EXISTS "geom" geometry(Geometry, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON("geometry"), 4326)) STORED;
ALTER TABLE "grids" ADD COLUMN IF NOT EXISTS "geom" geometry(Geometry, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON("geometry"), 4326)) STORED;
ALTER TABLE "zones" ADD COLUMN IF NOT EXISTS "geom" geometry(Geometry, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON("geometry"), 4326)) STORED;
ALTER TABLE "problems" ADD COLUMN IF NOT EXISTS "geom" geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint("lon", "lat"), 4326)) STORED;
CREATE INDEX IF NOT EXISTS "communities_geom_idx" ON "communities" USING gist ("geom");
CREATE INDEX IF NOT EXISTS "grids_geom_idx" ON "grids" USING gist ("geom");
CREATE INDEX IF NOT EXISTS "zones_geom_idx" ON "zones" USING gist ("geom");
CREATE INDEX IF NOT EXISTS "problems_geom_idx" ON "problems" USING gist ("geom");
