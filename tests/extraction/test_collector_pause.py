"""The engine keeps the cyclic garbage collector idle during an extraction, and only then.

Why: see `conventio.extraction.engine` (the collector costs 7 % of a batch and an extraction
makes no reference cycle). These tests check the collector's state after every way out of an
extraction, and that an extraction leaves no cycle behind.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from conventio.extraction import ExtractionError, engine, extract_bytes
from tests.conftest import FAST13


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_collector_enabled_again_after_an_extraction(collector_enabled: None) -> None:
    states: list[bool] = []
    original = engine.PIPELINE
    engine.PIPELINE = (*original, lambda ctx: states.append(gc.isenabled()))
    try:
        extract_bytes(FAST13.read_bytes(), name=FAST13.name)
    finally:
        engine.PIPELINE = original
    assert states == [False]
    assert gc.isenabled()


def test_collector_enabled_again_after_a_refusal_or_a_failure(collector_enabled: None) -> None:
    with pytest.raises(ExtractionError):
        extract_bytes(b"")
    assert gc.isenabled()

    def failing(ctx: object) -> None:
        raise RuntimeError("boom")

    original = engine.PIPELINE
    engine.PIPELINE = (failing,)
    try:
        with pytest.raises(RuntimeError):
            extract_bytes(FAST13.read_bytes())
    finally:
        engine.PIPELINE = original
    assert gc.isenabled()


def test_a_collector_disabled_by_the_caller_stays_disabled() -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        extract_bytes(FAST13.read_bytes())
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()


def test_concurrent_extractions_share_one_pause(collector_enabled: None) -> None:
    data = FAST13.read_bytes()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                extract_bytes(data)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert gc.isenabled()
    assert engine._pause_depth == 0


def test_an_extraction_leaves_no_reference_cycle(collector_enabled: None) -> None:
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for _ in range(3):
            extract_bytes(FAST13.read_bytes())
        assert gc.collect() == 0
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
