"""Landscape metrics (FRAGSTATS definitions) of categorical rasters: patches, classes, whole landscapes, zones."""
