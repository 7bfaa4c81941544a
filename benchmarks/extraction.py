"""Extraction benchmark: how fast, how much memory, and where the time goes.

Targets (issue #3): on one core, >= 300 text documents per second, >= 50 PDF pages per
second, and a peak memory below 300 MB for the whole batch.

What it does:
1. generates a corpus (``benchmarks/generate_corpus.py``, in a child process so that the
   generator's memory is not counted) into a temporary folder, or uses ``--corpus DIR``;
2. extracts every text document, then every PDF, through the public engine
   (``conventio.extraction.extract_bytes``), one at a time, in this process, on one core:
   nothing is kept but counters;
3. times each pipeline step and each reader by wrapping ``engine.PIPELINE`` and
   ``engine.read_document`` (a few perf_counter calls per document: negligible), then
   profiles a sample with cProfile to name the functions and modules that cost most;
4. prints PASS/FAIL per target. It is a measurement: exit status 0 unless ``--check``.

    make bench
    .venv/bin/python benchmarks/extraction.py --count 1000 --pdf 200 --check
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "benchmarks" / "generate_corpus.py"

TEXT_TARGET = 300.0  # documents per second
PDF_TARGET = 50.0  # pages per second
MEMORY_TARGET = 300.0  # MB, peak RSS of the whole batch


# --------------------------------------------------------------------------- timing of steps


class StepTimer:
    """Accumulates the time spent in each pipeline step and each reader.

    Installed by swapping `engine.PIPELINE` and `engine.read_document` for timed
    wrappers (the engine looks both up at call time), and removed afterwards.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._saved: tuple[Any, Any] | None = None

    def install(self) -> bool:
        from conventio.extraction import engine

        if not hasattr(engine, "PIPELINE") or not hasattr(engine, "read_document"):
            return False
        self._saved = (engine.PIPELINE, engine.read_document)
        engine.PIPELINE = tuple(self._wrap_step(step) for step in engine.PIPELINE)
        engine.read_document = self._wrap_reader(engine.read_document)
        return True

    def uninstall(self) -> None:
        from conventio.extraction import engine

        if self._saved is not None:
            engine.PIPELINE, engine.read_document = self._saved
            self._saved = None

    def take(self) -> dict[str, float]:
        """The totals so far, and start again from zero."""
        totals, self.seconds = dict(self.seconds), defaultdict(float)
        return totals

    def _wrap_step(self, step: Callable[..., Any]) -> Callable[..., Any]:
        name = f"{step.__module__.rsplit('.', 1)[-1]}.{step.__name__}"

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return step(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - start

        return timed

    def _wrap_reader(self, reader: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            name = "reader (refused)"
            try:
                doc = reader(*args, **kwargs)
                name = f"reader:{doc.format}"
                return doc
            finally:
                self.seconds[name] += time.perf_counter() - start

        return timed


# --------------------------------------------------------------------------- batches


@dataclass
class Batch:
    """Counters of one streamed batch (one format)."""

    label: str
    documents: int = 0
    input_bytes: int = 0
    pages: int = 0
    characters: int = 0
    seconds: float = 0.0
    refused: Counter[str] = field(default_factory=Counter)
    crashes: int = 0
    crash_examples: list[str] = field(default_factory=list)
    steps: dict[str, float] = field(default_factory=dict)
    slowest_seconds: float = 0.0
    slowest_document: str = ""
    slowest_steps: dict[str, float] = field(default_factory=dict)
    # Sanity (not the benchmark): facts of the generator read back.
    checked: int = 0
    read_back: Counter[str] = field(default_factory=Counter)

    @property
    def per_document_ms(self) -> float:
        return 1000 * self.seconds / self.documents if self.documents else 0.0


def _documents(corpus: Path, suffix: str) -> Iterator[Path]:
    """The corpus files with `suffix`, streamed (scandir), in a stable order per folder listing."""
    with os.scandir(corpus) as entries:
        for entry in entries:
            if entry.name.endswith(suffix) and entry.is_file():
                yield Path(entry.path)


def _facts_of(path: Path) -> dict[str, Any] | None:
    facts_path = path.with_suffix(".json")
    if not facts_path.is_file():
        return None
    try:
        facts: dict[str, Any] = json.loads(facts_path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    return facts


def _read_back(record: Any, facts: dict[str, Any], counter: Counter[str]) -> None:
    """Count which of a few generated facts the engine read back (a quality sanity check)."""
    terms = record.terms
    signature = terms.signature_date.value.isoformat() if terms.signature_date else None
    end = terms.end_date.value.isoformat() if terms.end_date else None
    programmes = sorted(programme.number for programme in record.funding.programmes)
    counter["signature_date"] += signature == facts.get("signature_date")
    counter["end_date"] += end == facts.get("end_date")
    counter["programme"] += programmes == sorted(p["number"] for p in facts.get("programmes", []))


def run_batch(label: str, paths: Iterator[Path], timer: StepTimer, *, sanity: bool = True) -> Batch:
    """Extract every document of `paths` one at a time; keep only counters."""
    from conventio.extraction import ExtractionError, extract_bytes

    batch = Batch(label)
    timer.take()
    for path in paths:
        data = path.read_bytes()
        before = dict(timer.seconds)
        start = time.perf_counter()
        try:
            record = extract_bytes(data, name=path.name)
        except ExtractionError as error:
            batch.seconds += time.perf_counter() - start
            batch.refused[type(error).__name__] += 1
            continue
        except Exception as error:  # a crash is a result to report, not a reason to stop
            batch.seconds += time.perf_counter() - start
            batch.crashes += 1
            if len(batch.crash_examples) < 5:
                batch.crash_examples.append(f"{path.name}: {type(error).__name__}: {error}")
            continue
        elapsed = time.perf_counter() - start
        batch.seconds += elapsed
        if elapsed > batch.slowest_seconds:
            batch.slowest_seconds, batch.slowest_document = elapsed, path.name
            batch.slowest_steps = {name: spent - before.get(name, 0.0) for name, spent in timer.seconds.items()}
        batch.documents += 1
        batch.input_bytes += len(data)
        batch.pages += record.source.pages
        batch.characters += record.source.characters
        if sanity:
            facts = _facts_of(path)
            if facts is not None:
                batch.checked += 1
                _read_back(record, facts, batch.read_back)
    batch.steps = timer.take()
    return batch


def _warm_up(corpus: Path) -> None:
    """Extract one document of each format first: imports and lazy compilation are not throughput."""
    from conventio.extraction import ExtractionError, extract_bytes

    for suffix in (".txt", ".pdf"):
        for path in _documents(corpus, suffix):
            try:
                extract_bytes(path.read_bytes(), name=path.name)
            except ExtractionError:
                pass
            break


# --------------------------------------------------------------------------- profiling


def _sample(corpus: Path, suffix: str, count: int) -> Iterator[Path]:
    for index, path in enumerate(_documents(corpus, suffix)):
        if index >= count:
            return
        yield path


def _extract_quietly(paths: Iterator[Path]) -> None:
    from conventio.extraction import ExtractionError, extract_bytes

    for path in paths:
        try:
            extract_bytes(path.read_bytes(), name=path.name)
        except ExtractionError:
            pass


def profile_sample(corpus: Path, text_count: int, pdf_count: int) -> pstats.Stats:
    profiler = cProfile.Profile()
    profiler.enable()
    _extract_quietly(_sample(corpus, ".txt", text_count))
    _extract_quietly(_sample(corpus, ".pdf", pdf_count))
    profiler.disable()
    return pstats.Stats(profiler)


def _where(filename: str, function: str) -> str:
    """A readable bucket for a profiled function: a repository module, a library, or a builtin."""
    if filename == "~":
        return f"builtin {function}"
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        parts = path.parts
        if "site-packages" in parts:
            return "lib " + parts[parts.index("site-packages") + 1]
        return "stdlib " + path.name


def tracemalloc_peak(corpus: Path, text_count: int, pdf_count: int) -> float:
    """Peak Python heap (MB) while extracting a sample (C allocations of pdfium are not traced)."""
    tracemalloc.start()
    try:
        _extract_quietly(_sample(corpus, ".txt", text_count))
        _extract_quietly(_sample(corpus, ".pdf", pdf_count))
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


# --------------------------------------------------------------------------- report


def _git(*args: str) -> str:
    try:
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout.strip()


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}"
    )


def _print_steps(batches: list[Batch]) -> dict[str, str]:
    """Share of extraction time per step and reader, per batch; returns each batch's slowest step."""
    names: list[str] = []
    for batch in batches:
        for name in batch.steps:
            if name not in names:
                names.append(name)
    if not names:
        print("  (step timing unavailable: the engine has no PIPELINE/read_document to wrap)")
        return {}
    names.sort(key=lambda name: not name.startswith("reader"))  # readers first, then pipeline order
    print(f"  {'step':<34}" + "".join(f"{batch.label + ' share':>14}{'ms/doc':>9}" for batch in batches))
    slowest: dict[str, tuple[float, str]] = {}
    for name in [*names, "other (hash, record, context)"]:
        line = f"  {name:<34}"
        for batch in batches:
            count = batch.documents + sum(batch.refused.values()) + batch.crashes
            if name.startswith("other"):
                spent = max(0.0, batch.seconds - sum(batch.steps.values()))
            else:
                spent = batch.steps.get(name, 0.0)
            share = spent / batch.seconds if batch.seconds else 0.0
            per_document = 1000 * spent / count if count else 0.0
            line += f"{share:>13.1%} {per_document:>8.3f}"
            if not name.startswith("other") and share > slowest.get(batch.label, (-1.0, ""))[0]:
                detail = f"{name}, {share:.0%} of the {batch.label} time ({per_document:.2f} ms/document)"
                slowest[batch.label] = (share, detail)
        print(line)
    return {label: detail for label, (_, detail) in slowest.items()}


def _print_profile(stats: pstats.Stats, text_count: int, pdf_count: int, top: int = 12) -> None:
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values()) or 1.0
    modules: dict[str, float] = defaultdict(float)
    for (filename, _, function), entry in raw.items():
        bucket = _where(filename, function)
        modules[bucket] += entry[2]
    print(f"\ncProfile of a sample ({text_count} text + {pdf_count} PDF documents), own time by module:")
    for bucket, seconds in sorted(modules.items(), key=lambda item: -item[1])[:top]:
        print(f"  {seconds / total:>6.1%}  {bucket}")
    print("cumulative time of the engine's own functions (steps excluded, they are timed above):")
    own = [
        (key, entry)
        for key, entry in raw.items()
        if "conventio" in key[0] and not key[0].endswith("engine.py") and not key[2].startswith("extract_")
    ]
    for (filename, line, function), entry in sorted(own, key=lambda item: -item[1][3])[:top]:
        print(f"  {entry[3] / total:>6.1%}  {entry[1]:>8} calls  {_where(filename, function)}:{line} {function}")
    print("own time by function:")
    functions = sorted(raw.items(), key=lambda item: -item[1][2])[:top]
    for (filename, line, function), entry in functions:
        where = _where(filename, function)
        label = where if where.startswith("builtin") else f"{where}:{line} {function}"
        print(f"  {entry[2] / total:>6.1%}  {entry[1]:>8} calls  {label}")


def _summary_line(batch: Batch, *, pages: bool) -> str:
    refused = sum(batch.refused.values())
    rate = batch.pages / batch.seconds if pages else batch.documents / batch.seconds
    unit = "pages/s" if pages else "docs/s"
    extra = f"{batch.pages} pages, " if pages else ""
    return (
        f"  {batch.label:<5} {batch.documents} documents, {extra}{batch.input_bytes / 1e6:.1f} MB in "
        f"{batch.seconds:.2f} s: {rate:,.1f} {unit} ({batch.per_document_ms:.2f} ms/document); "
        f"refused {refused}{' ' + str(dict(batch.refused)) if refused else ''}, crashes {batch.crashes}; "
        f"slowest document {batch.slowest_document} ({1000 * batch.slowest_seconds:.1f} ms)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the extraction engine on a generated corpus.")
    parser.add_argument("--corpus", type=Path, help="use this folder of .txt/.pdf documents instead of generating")
    parser.add_argument("--count", type=int, default=1000, help="documents to generate (default 1000)")
    parser.add_argument("--pdf", type=int, default=200, help="of which rendered as PDF too (default 200)")
    parser.add_argument("--seed", type=int, default=2024, help="generator seed (default 2024)")
    parser.add_argument("--profile-sample", type=int, default=200, help="text documents profiled (PDF: a tenth)")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and print where")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed or a document crashes")
    args = parser.parse_args(argv)

    started = datetime.datetime.now(datetime.UTC)
    commit = _git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = " + uncommitted changes" if _git("status", "--porcelain", "--untracked-files=no") else ""
    print(f"conventio extraction benchmark — {started:%Y-%m-%d %H:%M} UTC, commit {commit}{dirty}")
    print(f"machine: {_machine()}; one core, no multiprocessing")

    temporary: Path | None = None
    if args.corpus:
        corpus = args.corpus
        print(f"corpus: {corpus}")
    else:
        temporary = Path(tempfile.mkdtemp(prefix="conventio-bench-"))
        corpus = temporary
        command = [sys.executable, str(GENERATOR), "--out", str(corpus), "--count", str(args.count)]
        command += ["--pdf", str(args.pdf), "--seed", str(args.seed)]
        begin = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            print("corpus generation failed", file=sys.stderr)
            return 2
        totals = json.loads(result.stdout.strip().splitlines()[-1])
        print(
            f"corpus: generated in {time.perf_counter() - begin:.1f} s (seed {args.seed}): "
            f"{totals['documents']} text documents ({totals['text_bytes'] / 1e6:.1f} MB), "
            f"{totals['pdf_documents']} of them also as PDF ({totals['pdf_pages']} pages)"
        )

    try:
        import conventio.extraction  # noqa: F401 — imported before measuring the baseline
        from conventio.extraction.compiled import describe, loaded_compiled

        print(f"engine: {describe()} — make bench runs the compiled build, make bench-interpreted the sources")

        baseline_rss = _rss_mb()
        _warm_up(corpus)
        timer = StepTimer()
        timed_steps = timer.install()
        try:
            text = run_batch("text", _documents(corpus, ".txt"), timer)
            pdf = run_batch("pdf", _documents(corpus, ".pdf"), timer)
        finally:
            timer.uninstall()
        peak_rss = _rss_mb()

        print("\nthroughput (extraction only, files read outside the timer):")
        print(_summary_line(text, pages=False))
        if pdf.documents or pdf.refused or pdf.crashes:
            print(_summary_line(pdf, pages=True))
        for batch in (text, pdf):
            for example in batch.crash_examples:
                print(f"  CRASH {example}")
            if batch.slowest_steps:
                top = sorted(batch.slowest_steps.items(), key=lambda item: -item[1])[:3]
                steps = ", ".join(f"{name} {1000 * spent:.1f} ms" for name, spent in top if spent > 0)
                print(f"  slowest {batch.label} document {batch.slowest_document}: {steps}")

        heap = tracemalloc_peak(corpus, 50, 5)
        print(
            f"\nmemory: peak RSS {peak_rss:.0f} MB for the whole batch (after imports: {baseline_rss:.0f} MB); "
            f"peak Python heap on a sample (tracemalloc, 50 text + 5 PDF): {heap:.1f} MB"
        )

        print("\nwhere the time goes (wrapped pipeline steps and readers):")
        slowest = _print_steps([batch for batch in (text, pdf) if batch.seconds]) if timed_steps else {}
        if loaded_compiled():
            # cProfile sees a compiled module's functions as one opaque call: the step table
            # above is the breakdown here, `make bench-interpreted` profiles function by function.
            print("\ncProfile skipped: the engine is compiled (make bench-interpreted profiles the sources)")
        else:
            stats = profile_sample(corpus, args.profile_sample, max(1, args.profile_sample // 10))
            _print_profile(stats, args.profile_sample, max(1, args.profile_sample // 10))

        for batch in (text, pdf):
            if batch.checked:
                shares = ", ".join(
                    f"{key} {value / batch.checked:.0%}" for key, value in sorted(batch.read_back.items())
                )
                print(f"\nsanity ({batch.label}, not the benchmark): generated facts read back — {shares}")

        text_rate = text.documents / text.seconds if text.seconds else 0.0
        pdf_rate = pdf.pages / pdf.seconds if pdf.seconds else 0.0
        crashes = text.crashes + pdf.crashes
        pdf_measured = f"{pdf_rate:,.1f}" if pdf.pages else "no PDF page extracted"
        targets = [
            (f"text >= {TEXT_TARGET:.0f} documents/s", text_rate >= TEXT_TARGET, f"{text_rate:,.1f}"),
            (f"PDF >= {PDF_TARGET:.0f} pages/s", pdf.pages > 0 and pdf_rate >= PDF_TARGET, pdf_measured),
            (f"peak memory < {MEMORY_TARGET:.0f} MB", peak_rss < MEMORY_TARGET, f"{peak_rss:.0f} MB"),
            ("no crash (only ExtractionError refusals)", crashes == 0, f"{crashes} crashes"),
        ]
        print("\ntargets:")
        for label, passed, measured in targets:
            print(f"  [{'PASS' if passed else 'FAIL'}] {label}: {measured}")
        for label, step in slowest.items():
            print(f"slowest step ({label}): {step}")
        failed = not all(passed for _, passed, _ in targets)
    finally:
        if temporary is not None:
            if args.keep:
                print(f"\ncorpus kept in {temporary}")
            else:
                shutil.rmtree(temporary, ignore_errors=True)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
