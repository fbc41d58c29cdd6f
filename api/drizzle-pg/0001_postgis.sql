-- PostGIS's view of the stored GeoJSON: a generated geometry per row and a GiST index on it, for
-- point-in-polygon and bounding-box lookups. Not part of the drizzle schema (api/src/db/tables.ts),
-- so no query selects them unless it names them (api/src/db/spatial.ts).
ALTER TABLE "communities" ADD COLUMN "geom" geometry(Geometry, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON("geometry"), 4326)) STORED;--> statement-breakpoint
ALTER TABLE "grids" ADD COLUMN "geom" geometry(Geometry, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON("geometry"), 4326)) STORED;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "geom" geometry(Geometry, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON("geometry"), 4326)) STORED;--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "geom" geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint("lon", "lat"), 4326)) STORED;--> statement-breakpoint
CREATE INDEX "communities_geom_idx" ON "communities" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "grids_geom_idx" ON "grids" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "zones_geom_idx" ON "zones" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "problems_geom_idx" ON "problems" USING gist ("geom");
