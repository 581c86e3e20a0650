"""OpenStreetMap: tag classification and readers of production spaces."""
