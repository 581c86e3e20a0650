"""Mixed live-work microspaces: floor areas by use, mix indices, unit classes and microspaces."""
