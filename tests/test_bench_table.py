"""The one cell formatter both accuracy benchmarks print their tables with."""

from bench.table import cell


def test_a_cell_shows_the_share_and_the_count_in_its_width():
    assert cell(43, 46, 16) == "   93.5%  43/46 "


def test_a_cell_with_no_cases_is_a_dash():
    assert cell(0, 0, 15) == "-".rjust(15)
