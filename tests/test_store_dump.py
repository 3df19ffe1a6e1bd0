"""Dumps of the on-disk store stream in pieces, over real HTTP, and stop at their time limit visibly."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from _serving import serving
from innograph.errors import QueryTimeout, UnsupportedFormat
from innograph.graph import RemoteStore, Store, stream_store
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

PREFIXES = {"ex": "urn:ex:"}


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """45,000 statements in three named graphs, with the same statement in two of them."""
    folder = tmp_path_factory.mktemp("dump")
    lines = [f'<urn:ex:s{i}> <urn:ex:p> "value {i}" <urn:ex:g{i % 3}> .\n' for i in range(45_000)]
    lines.append('<urn:ex:s0> <urn:ex:p> "value 0" <urn:ex:g1> .\n')
    (folder / "big.nq").write_text("".join(lines), encoding="utf-8")
    store = Store(folder / "store")
    store.replace_with([folder / "big.nq"])
    return store


def _triples(store: Store, context: ox.DefaultGraph | None) -> set[tuple[str, str, str]]:
    found = store.handle().quads_for_pattern(None, None, None, context)
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in found if context is not None or q.graph_name != ox.DefaultGraph()}


def test_the_default_graph_streams_as_turtle_over_http(big_store: Store) -> None:
    with serving(big_store) as base, httpx.stream("GET", f"{base}/store?default", headers={"accept": "text/turtle"},
                                                  timeout=60) as response:
        chunks = list(response.iter_bytes())
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
        assert response.headers.get("transfer-encoding") == "chunked"
    body = b"".join(chunks).decode("utf-8")
    assert body.count("@prefix") >= 3  # one prologue per piece of 20,000 statements, as Turtle allows
    union = Graph().parse(data=body, format="turtle")
    assert len(union) == 45_000
    expected = Graph().parse(data="".join(f"{s} {p} {o} .\n" for s, p, o in _triples(big_store, ox.DefaultGraph())),
                             format="nt")
    assert isomorphic(union, expected)


def test_a_named_graph_streams_and_an_unknown_one_is_404(big_store: Store) -> None:
    with serving(big_store) as base:
        with httpx.stream("GET", f"{base}/store", params={"graph": "urn:ex:g1"}, headers={"accept": "application/n-triples"},
                          timeout=60) as response:
            body = b"".join(response.iter_bytes()).decode("utf-8")
            assert response.status_code == 200 and response.headers.get("transfer-encoding") == "chunked"
        missing = httpx.get(f"{base}/store", params={"graph": "urn:ex:none"}, headers={"accept": "text/turtle"}, timeout=60)
    wanted = big_store.handle().quads_for_pattern(None, None, None, ox.NamedNode("urn:ex:g1"))
    assert {line for line in body.splitlines() if line} == {f"{q.subject} {q.predicate} {q.object} ." for q in wanted}
    assert missing.status_code == 404 and "urn:ex:none" in missing.text


@pytest.mark.parametrize("fmt, rdflib_format", [("nquads", "nquads"), ("trig", "trig")])
def test_the_whole_dataset_streams_with_its_graphs(big_store: Store, fmt: str, rdflib_format: str) -> None:
    with serving(big_store) as base:
        first = httpx.get(f"{base}/store", params={"format": fmt}, timeout=60)
        second = httpx.get(f"{base}/store", params={"format": fmt}, timeout=60)
    assert first.status_code == 200 and first.content == second.content  # one generation, one byte sequence
    dataset = Dataset().parse(data=first.text, format=rdflib_format)
    sizes = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    assert sizes == {"urn:ex:g0": 15_000, "urn:ex:g1": 15_001, "urn:ex:g2": 15_000}


def test_a_dump_over_its_limit_mid_way_ends_with_a_note_and_breaks_off(big_store: Store) -> None:
    ticks = count()  # a clock that moves one second per look: the limit passes after the second piece
    pieces = stream_store(big_store, "nquads", PREFIXES, 1.5, whole=True, piece=10_000, clock=lambda: next(ticks))
    received = []
    with pytest.raises(QueryTimeout, match="after 20000 statements"):
        for piece in pieces:
            received.append(piece)
    text = b"".join(received).decode("utf-8")
    assert text.endswith("# innograph: the dump was stopped at its time limit after 20000 statements\n")
    assert text.count(" .\n") == 20_000


def test_a_dump_over_its_limit_at_once_raises_before_any_byte(big_store: Store) -> None:
    with pytest.raises(QueryTimeout):
        stream_store(big_store, "ntriples", PREFIXES, time.monotonic() - 1, whole=False)
    with pytest.raises(UnsupportedFormat):
        stream_store(big_store, "jsonld", PREFIXES, time.monotonic() + 60, whole=True)


def test_a_client_that_goes_away_stops_the_reading(big_store: Store) -> None:
    pieces = stream_store(big_store, "nquads", PREFIXES, time.monotonic() + 60, whole=True, piece=1_000)
    next(pieces)
    pieces.close()  # what the server does when the client disconnects
    deadline = time.monotonic() + 10
    while any(t.name == "innograph-dump" for t in threading.enumerate()):
        assert time.monotonic() < deadline, "the producer thread kept reading after the client left"
        time.sleep(0.05)


def test_an_empty_dataset_is_an_empty_dump(tmp_path: Path) -> None:
    (tmp_path / "one.nq").write_text("<urn:ex:a> <urn:ex:b> <urn:ex:c> .\n", encoding="utf-8")  # default graph only
    store = Store(tmp_path / "store")
    store.replace_with([tmp_path / "one.nq"])
    assert b"".join(stream_store(store, "nquads", PREFIXES, time.monotonic() + 60, whole=True)) == b""


@contextmanager
def breaking_remote(quads: int) -> Iterator[str]:
    """A remote store that answers a dump with ``quads`` N-Quads lines and then drops the connection mid-body."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    body = "".join(f'<urn:ex:s{i}> <urn:ex:p> "v{i}" <urn:ex:g> .\n' for i in range(quads)).encode("utf-8")

    def answer() -> None:
        connection = listener.accept()[0]
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/n-quads\r\nTransfer-Encoding: chunked\r\n\r\n"
                               + f"{len(body):x}\r\n".encode() + body + b"\r\n")  # and no last chunk

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        thread.join(timeout=10)
        listener.close()


def test_a_remote_that_breaks_off_mid_dump_gives_a_noted_broken_response() -> None:
    received = []
    with breaking_remote(25_000) as url, serving(RemoteStore(url, timeout=5.0)) as base:
        with pytest.raises(httpx.RemoteProtocolError), \
                httpx.stream("GET", f"{base}/store", params={"format": "nquads"}, timeout=30) as response:
            assert response.status_code == 200
            for chunk in response.iter_bytes():
                received.append(chunk)
    text = b"".join(received).decode("utf-8")
    assert text.count(" .\n") == 20_000  # the first piece went out whole
    assert text.rstrip().splitlines()[-1].startswith("# innograph: the dump of the remote store") and "broke off" in text
