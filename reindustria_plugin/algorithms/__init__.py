"""Processing glue: the provider and one thin QgsProcessingAlgorithm per analysis."""
