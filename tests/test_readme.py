"""CI must prove what a new user gets: .ci/run runs the README's test command verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    return re.findall(r"```sh\n(python3\.11 -m venv .+?)\n```", (ROOT / "README.md").read_text())


def test_readme_starts_with_a_demo_command_and_a_test_command():
    demo, tests = _readme_commands()[:2]
    assert demo.endswith("newstrace demo")
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command():
    tests = _readme_commands()[1]
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert tests in ci_lines
