"""Distribution at the last mile: goods handed from a posko's stock to villages and households."""
