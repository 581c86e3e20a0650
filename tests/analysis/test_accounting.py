"""Change accounting against a case computed by hand."""

import numpy as np
import pytest

from reindustria_plugin.analysis.change.accounting import change_accounting

# rows = before, columns = after; categories A, B, C
CT = np.array([[10, 3, 2], [1, 20, 4], [2, 0, 8]])


def test_hand_computed_components():
    t = change_accounting(CT, ["A", "B", "C"]).set_index("category")
    # A: gain = 1 + 2 = 3, loss = 3 + 2 = 5, net -2; exchange 2*(min(1,3) + min(2,2)) = 6; shift 8-2-6 = 0
    assert t.loc["A", ["gross_gain", "gross_loss", "net_change"]].tolist() == [3, 5, -2]
    assert t.loc["A", ["quantity", "exchange", "shift", "swap"]].tolist() == [2, 6, 0, 6]
    # B: gain 3, loss 5, exchange 2*(min(3,1) + min(0,4)) = 2, shift 8-2-2 = 4
    assert t.loc["B", ["gross_gain", "gross_loss", "quantity", "exchange", "shift", "swap"]].tolist() == [
        3,
        5,
        2,
        2,
        4,
        6,
    ]
    # C: gain 6, loss 2, net +4, exchange 2*(min(2,2) + min(4,0)) = 4, shift 8-4-4 = 0
    assert t.loc["C", ["gross_gain", "gross_loss", "net_change", "exchange", "shift"]].tolist() == [
        6,
        2,
        4,
        4,
        0,
    ]
    assert t.loc["C", "persistence"] == 8
    # totals: difference 12 = quantity 4 + exchange 6 + shift 2
    total = t.loc["total"]
    assert (total["quantity"], total["exchange"], total["shift"]) == (4, 6, 2)
    assert total["quantity"] + total["exchange"] + total["shift"] == CT.sum() - np.trace(CT)
    # contributors to C's net +4: from B +4, from A 0 (2 each way) -> only B listed
    assert t.loc["C", "net_contributors"] == "B: +4"


def test_rejects_non_square():
    with pytest.raises(ValueError):
        change_accounting(np.ones((2, 3)), ["a", "b"])
