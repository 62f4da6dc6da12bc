"""Date lines of the dev corpus's sites, and others like them, read into ISO 8601."""

import pytest

from kgnews.ingest.dates import is_date_line, parse_datetime


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ hai - 13/07/2015 10:14", "2015-07-13T10:14:00+07:00"),
        ("Cập nhật lúc 08:30, 15/03/2022", "2022-03-15T08:30:00+07:00"),
        ("30/05/2023 | 08:30 GMT+7", "2023-05-30T08:30:00+07:00"),
        ("Chủ nhật, 05/11/2023 - 16:20", "2023-11-05T16:20:00+07:00"),
        ("Ngày đăng: 24/11/2022 - 17:05", "2022-11-24T17:05:00+07:00"),
        ("Thứ ba, 17 Tháng 12 2019 07:15", "2019-12-17T07:15:00+07:00"),
        ("10:45 | 22/07/2022", "2022-07-22T10:45:00+07:00"),
        ("2021-03-26 07:00:00", "2021-03-26T07:00:00+07:00"),
        ("Thứ Năm, 15/10/2020, 09:12 (GMT+7)", "2020-10-15T09:12:00+07:00"),
        ("Đăng ngày: 01-03-2018 | 07:45", "2018-03-01T07:45:00+07:00"),
        ("Thứ 4, 02/10/2019 06:30", "2019-10-02T06:30:00+07:00"),
        # others like them
        ("Thứ sáu, 3/1/2020 - 7:05", "2020-01-03T07:05:00+07:00"),
        ("15:30 ngày 13.07.2015", "2015-07-13T15:30:00+07:00"),
        ("Ngày 9 tháng 7 năm 2015", "2015-07-09T00:00:00+07:00"),
        ("Ngày 06/06/2013", "2013-06-06T00:00:00+07:00"),
        ("Cập nhật: 08h30 ngày 15/03/2022", "2022-03-15T08:30:00+07:00"),
        ("2015-07-13T10:14:00+07:00", "2015-07-13T10:14:00+07:00"),
        ("2015-07-13T03:14:00Z", "2015-07-13T03:14:00+00:00"),
        ("13/07/2015 10:14 GMT+0", "2015-07-13T10:14:00+00:00"),
        ("13/07/2015 10:14 PM", "2015-07-13T22:14:00+07:00"),
        ("13/07/2015", "2015-07-13T00:00:00+07:00"),
    ],
)
def test_date_line_formats_are_read_as_iso_8601(line, expected):
    assert parse_datetime(line) == expected


@pytest.mark.parametrize("line", ["Không có ngày tháng", "31/02/2020 10:00", "Điểm cầu Hà Tĩnh"])
def test_lines_without_a_valid_date_are_refused(line):
    assert parse_datetime(line) is None


def test_an_impossible_time_is_dropped_not_read():
    assert parse_datetime("13/07/2015 25:99") == "2015-07-13T00:00:00+07:00"


def test_a_body_sentence_with_a_date_is_not_a_date_line():
    sentence = "Ngày 14/5/2015, Ban Bí thư ban hành Chỉ thị về tăng cường công tác dân vận trong tình hình mới của đất nước."
    assert not is_date_line(sentence)
    assert is_date_line("Thứ hai - 13/07/2015 10:14")
