"""reindustria:identifydistricts through Processing: the shipped template, a constructed table with national
totals, bad input."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from reindustria_plugin import paths
from tests.conftest import read_csv

ALG = "reindustria:identifydistricts"
TEMPLATE = str(paths.PRESETS / "identifydistricts_template.csv")


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):
        self.lines.append(info)

    def pushWarning(self, warning):
        self.lines.append(warning)


def test_template(run, tmp_path):
    # National totals are the template's sums: 3,510 employees, manufacturing 1,560 (share 0.444).
    # 9001: manufacturing 530 of 780 -> LQ 0.679/0.444 = 1.529; small and medium units only; textiles 470 ->
    #       LQ (470/780)/(500/3510) = 4.230, main industry; its 2 medium units keep step 4 -> district.
    # 9002: manufacturing 1,000 of 1,500 -> LQ 1.5, but 900 in one large unit: LQ large 0.9/(900/1560) = 1.56
    #       against small 0.1/(510/1560) = 0.306 -> step 2 not passed.
    # 9003: manufacturing 30 of 1,230 -> LQ 0.055 -> step 1 not passed.
    log = Log()
    out = run(ALG, {"INPUT": TEMPLATE, "OUTPUT": str(tmp_path / "districts.csv")}, log)
    rows = {r["sll"]: r for r in read_csv(out["OUTPUT"])}
    assert [rows[k]["failed_step"] for k in ("9001", "9002", "9003")] == ["0", "2", "1"]
    textile = rows["9001"]
    assert (
        textile["district"] == "1" and textile["step4"] == "1" and textile["class"] == "industrial district"
    )
    assert textile["name"] == "EXAMPLE (constructed) textile town"
    assert float(textile["lq_manufacturing"]) == pytest.approx((530 / 780) / (1560 / 3510))
    assert textile["main_industry"] == "textiles" and textile["main_label"] == "Textiles and clothing"
    assert float(textile["main_lq"]) == pytest.approx((470 / 780) / (500 / 3510))
    assert "Industrial district" in textile["reason"]
    assert float(rows["9002"]["lq_large"]) == pytest.approx(0.9 / (900 / 1560))
    assert "large units lead manufacturing" in rows["9002"]["reason"]
    assert "not above 1" in rows["9003"]["reason"]
    assert "Integer" in (tmp_path / "districts.csvt").read_text()
    text = " ".join(log.lines)
    assert "No national totals" in text and "1 of 3 labour systems" in text


def test_constructed_table_with_national_totals(run, tmp_path):
    # National: textiles 200 [small 100, medium 60, large 40], machinery 200 [small 80, medium 40, large 80],
    # business (70) 300, consumer (47) 300. System A (total 100): textiles small 20 + one medium unit of 25,
    # business 10, consumer 10 (hand-worked in tests/analysis/test_sforzi.py): the single medium unit outweighs
    # the small ones -> step 4 not passed. System B: textiles small 30 + one medium unit of 10, machinery 10,
    # business 25, consumer 25 -> district.
    table = tmp_path / "sll.csv"
    table.write_text(
        "code,name,ateco,size,ul,addetti\n"
        "A,Alfa,13,0-49,6,20\nA,Alfa,13,50-99,1,25\nA,Alfa,70,,1,10\nA,Alfa,47,,1,10\n"
        "B,Beta,13,0-49,12,30\nB,Beta,13,50-249,1,10\nB,Beta,28,10-49,2,10\nB,Beta,70,,1,25\nB,Beta,47,,1,25\n"
    )
    national = tmp_path / "italy.csv"
    national.write_text(
        "ateco,size,addetti\n13,0-49,100\n13,50-249,60\n13,250 e più,40\n28,0-49,80\n28,50-249,40\n"
        "28,250 e più,80\n70,,300\n47,,300\n"
    )
    log = Log()
    out = run(
        ALG,
        {
            "INPUT": str(table),
            "SLL_FIELD": "code",
            "NAME_FIELD": "name",
            "DIVISION_FIELD": "ateco",
            "SIZE_FIELD": "size",
            "UNITS_FIELD": "ul",
            "EMPLOYEES_FIELD": "addetti",
            "NATIONAL": str(national),
            "OUTPUT": str(tmp_path / "out.csv"),
        },
        log,
    )
    rows = {r["sll"]: r for r in read_csv(out["OUTPUT"])}
    assert rows["A"]["failed_step"] == "4" and "single medium unit with 25 employees" in rows["A"]["reason"]
    assert rows["B"]["failed_step"] == "0" and float(rows["B"]["lq_manufacturing"]) == pytest.approx(1.25)
    assert not any("No national totals" in line for line in log.lines)


def test_bad_input_gives_clear_messages(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="field 'code_sll' is not in the table"):
        run(ALG, {"INPUT": TEMPLATE, "SLL_FIELD": "code_sll", "OUTPUT": str(tmp_path / "x.csv")})
    bad = tmp_path / "bad.csv"
    bad.write_text("sll_code,division,size_class,employees\nA,13,0-9,-3\nA,70,,10\n")
    with pytest.raises(QgsProcessingException, match="negative number of employees"):
        run(ALG, {"INPUT": str(bad), "NAME_FIELD": "", "UNITS_FIELD": "", "OUTPUT": str(tmp_path / "x.csv")})
    bad.write_text("sll_code,division,size_class,employees\nA,13,10-99,3\nA,70,,10\n")
    with pytest.raises(QgsProcessingException, match="spans the 50 or the 250 employees limit"):
        run(ALG, {"INPUT": str(bad), "NAME_FIELD": "", "UNITS_FIELD": "", "OUTPUT": str(tmp_path / "x.csv")})
    bad.write_text("sll_code,division,size_class,employees\nA,textiles,0-9,3\nA,70,,10\n")
    with pytest.raises(QgsProcessingException, match="'textiles' is not an ATECO 2007 division"):
        run(ALG, {"INPUT": str(bad), "NAME_FIELD": "", "UNITS_FIELD": "", "OUTPUT": str(tmp_path / "x.csv")})
    with pytest.raises(QgsProcessingException, match="field 'sll_name' is not in the table"):
        run(ALG, {"INPUT": str(bad), "UNITS_FIELD": "", "OUTPUT": str(tmp_path / "x.csv")})
