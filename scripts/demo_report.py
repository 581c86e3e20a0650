"""Prints what the demo found and where its outputs are (reads the CSVs the algorithm wrote)."""

import sys
from pathlib import Path

import pandas as pd

out = Path(sys.argv[1])
summary = pd.read_csv(out / "summary.csv")
accounting = pd.read_csv(out / "accounting.csv")
ind = accounting.set_index("category").loc["industrial"]
print(
    f"Industrial and productive land: {ind.before_ha:.0f} ha in 2006, {ind.after_ha:.0f} ha in 2012 "
    f"(gross gain {ind.gross_gain_ha:.0f} ha, gross loss {ind.gross_loss_ha:.0f} ha)."
)
whole = summary[(summary.zone == "all") & (summary.ring == "all")]
for row in whole.itertuples():
    if row.change_type != "no_change":
        print(f"  {row.change_type:35s} {row.area_ha:9.1f} ha  {row.share_pct:6.2f} %")
print(
    f"Outputs in {out}: change_types.tif (styled by change_types.qml), transitions.csv, summary.csv, "
    "accounting.csv"
)
