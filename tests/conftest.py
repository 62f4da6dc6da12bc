"""Shared pytest options and fixtures: `--regen-golden`, a real Dask cluster on 127.0.0.1."""

import socket
import subprocess
import sys
import time

import pytest


def pytest_addoption(parser):
    parser.addoption("--regen-golden", action="store_true", default=False, help="Rewrite tests/golden/* from the current code.")


def pytest_configure(config):
    config.addinivalue_line("markers", "outputs_fresh: checks that outputs/ is the build of the bundled sample corpus")


@pytest.fixture
def break_extraction_of(monkeypatch):
    """`break_extraction_of(article_id)`: from then on, extracting that article raises RuntimeError("boom")."""

    def breaking(article_id: str) -> None:
        import kgnews.nlp as nlp

        real = nlp.extract_many

        def fragile(articles):
            for article in articles:
                if article.id == article_id:
                    raise RuntimeError("boom")
                yield from real([article])

        monkeypatch.setattr(nlp, "extract_many", fragile)
        monkeypatch.setattr(nlp, "extract", lambda article: next(fragile([article])))

    return breaking


@pytest.fixture
def regen_golden(request) -> bool:
    return request.config.getoption("--regen-golden")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def free_port():
    """A function giving a free TCP port on 127.0.0.1, for the servers the tests start."""
    return _free_port


@pytest.fixture(scope="session")
def dask_cluster(tmp_path_factory):
    """A real `dask scheduler` and two `dask worker` processes on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    common = {"cwd": folder, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = [subprocess.Popen([sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1",
                                   "--port", str(port), "--no-dashboard"], **common)]
    for _ in range(2):
        processes.append(subprocess.Popen([sys.executable, "-m", "dask", "worker", address, "--nworkers", "1",
                                           "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"], **common))
    try:
        from distributed import Client

        deadline = time.time() + 90
        while True:
            try:
                with Client(address, timeout=5, set_as_default=False) as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
