-- Circles and polygons that narrow an alert's area: {"circles": [{"lat", "lon", "radiusKm"}], "polygons": [{"points": [{"lat", "lon"}]}]}
ALTER TABLE alert ADD COLUMN shapes JSONB NOT NULL DEFAULT '{"circles": [], "polygons": []}';
