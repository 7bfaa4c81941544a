"""axe-core accessibility check for any page a browser test has open.

`assert_accessible(page)` injects the axe-core script bundled with
`axe-playwright-python` into the page, runs it against the whole document, and fails
when a violation of impact « serious » or « critical » is found, printing each one (rule,
help, the offending elements) so the failure says what to fix. Every page template gets
one such check (tests/browser/test_accessibility.py; the ingestion pages in their own
tests).
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe


BLOCKING_IMPACTS = frozenset({"serious", "critical"})
_AXE = Axe()


def violations(page: Any) -> list[dict[str, Any]]:
    """All axe-core violations of the page as it is now (every impact)."""
    page.wait_for_load_state("load")
    results = _AXE.run(page)
    return list(results.response["violations"])


def describe(found: list[dict[str, Any]]) -> str:
    lines = []
    for violation in found:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} — {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(node.get('target', []))}: {node.get('failureSummary', '').strip()}")
            lines.append(f"      {node.get('html', '')[:200]}")
    return "\n".join(lines)


def assert_accessible(page: Any) -> None:
    """Fail if axe-core finds a serious or critical violation on the current page."""
    blocking = [v for v in violations(page) if v.get("impact") in BLOCKING_IMPACTS]
    if blocking:
        message = f"{len(blocking)} serious/critical accessibility violation(s) on {page.url}:\n{describe(blocking)}"
        print(message)
        raise AssertionError(message)
