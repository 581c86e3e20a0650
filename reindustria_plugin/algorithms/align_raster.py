"""reindustria:alignraster — a land-use raster written on another raster's grid (nearest neighbour), so that
the tools that follow count the same cells at both dates."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from .adapters import raster_path
from .base import LAND_USE_CHANGE, AlgorithmBase, core_errors


class AlignRasterAlgorithm(AlgorithmBase):
    NAME = "alignraster"
    GROUP = LAND_USE_CHANGE
    REQUIRES = ("numpy", "rasterio")

    INPUT = "INPUT"
    REFERENCE = "REFERENCE"
    OUTPUT = "OUTPUT"
    SAME_GRID = "SAME_GRID"

    def displayName(self) -> str:
        return self.tr("Align a land-use raster onto another's grid")

    def shortDescription(self) -> str:
        return self.tr(
            "The raster on the grid of another (CRS, cell corners and size), each cell taking the code under its "
            "centre: codes stay codes."
        )

    def initAlgorithm(self, config=None):
        self.add_parameters(
            [
                (
                    QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Raster to align")),
                    self.tr("A categorical raster (land-use codes), e.g. the second date of a comparison."),
                ),
                (
                    QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Raster whose grid to use")),
                    self.tr(
                        "Its CRS, cell size, cell corners and extent are the output's, e.g. the first date."
                    ),
                ),
                (
                    QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Aligned raster")),
                    self.tr(
                        "GeoTIFF on the reference grid; cells the input does not cover, or covers with nodata, "
                        "are nodata."
                    ),
                ),
            ]
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                self.SAME_GRID, self.tr("1 if the input already lay on the reference grid, else 0")
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        from ..analysis.grid import align_to_grid

        source = raster_path(self.parameterAsRasterLayer(parameters, self.INPUT, context), self.tr("input"))
        reference = raster_path(
            self.parameterAsRasterLayer(parameters, self.REFERENCE, context), self.tr("reference")
        )
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        with core_errors():
            grid = align_to_grid(
                source,
                reference,
                output,
                progress=lambda f: feedback.setProgress(100 * f),
                is_canceled=feedback.isCanceled,
            )
        if grid["same_grid"]:
            feedback.pushInfo(self.tr("The input already lay on the reference grid: the output is a copy."))
        else:
            feedback.pushInfo(
                self.tr(
                    "Written on the reference grid: {width} × {height} cells of {x:g} × {y:g} map units, each "
                    "taking the input's code under its centre."
                ).format(
                    width=grid["width"], height=grid["height"], x=grid["cell_size"][0], y=grid["cell_size"][1]
                )
            )
        return {self.OUTPUT: output, self.SAME_GRID: 1 if grid["same_grid"] else 0}
