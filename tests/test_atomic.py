"""Folder exchange: two folders swap in one step, or the caller learns that it cannot be done here."""

import errno
import sys

import pytest

from kgnews import atomic


def _folders(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        (folder / "name").write_text(folder.name, encoding="utf-8")
    return first, second


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is Linux's")
def test_exchange_swaps_two_folders(tmp_path):
    first, second = _folders(tmp_path)
    atomic.exchange(first, second)
    assert (first / "name").read_text(encoding="utf-8") == "second"
    assert (second / "name").read_text(encoding="utf-8") == "first"


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is Linux's")
def test_exchange_with_a_missing_folder_raises_and_moves_nothing(tmp_path):
    first, _ = _folders(tmp_path)
    with pytest.raises(FileNotFoundError):
        atomic.exchange(first, tmp_path / "missing")
    assert (first / "name").read_text(encoding="utf-8") == "first" and not (tmp_path / "missing").exists()


def test_exchange_without_renameat2_raises_enosys(tmp_path, monkeypatch):
    first, second = _folders(tmp_path)
    monkeypatch.setattr(atomic.ctypes, "CDLL", lambda name, use_errno: object())  # a C library without it
    with pytest.raises(OSError) as raised:
        atomic.exchange(first, second)
    assert raised.value.errno == errno.ENOSYS
    assert (first / "name").read_text(encoding="utf-8") == "first"
