"""District comparison: economic specialisation of areas and sectors, district identification, side-by-side comparison."""
