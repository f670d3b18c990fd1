"""Regenerate the deliberately broken inputs of the sample corpus (examples/corpus/broken/).

Each file tests one way an input can fail; ingest must reject it with a one-line reason (or, for
the undated file, accept it with a warning) and go on with the other inputs.
"""

from pathlib import Path

BROKEN = Path(__file__).resolve().parent / "corpus" / "broken"


def main() -> None:
    BROKEN.mkdir(parents=True, exist_ok=True)
    (BROKEN / "empty.txt").write_bytes(b"")
    # a binary file with a text name: bytes from a fixed pattern, NULs included
    (BROKEN / "scan.txt").write_bytes(bytes((i * 37 + 11) % 256 for i in range(600)))
    (BROKEN / "bad-date.txt").write_text(" date 2025-13-45 The harbour reopened after the storm.\n", encoding="utf-8")
    (BROKEN / "short-date.txt").write_text(" date 03/05/2025 A header with the wrong date format.\n", encoding="utf-8")
    (BROKEN / "undated.txt").write_text(
        "Fishermen in Port Ellis stayed in harbour for a third day as the storm warning stayed in force.\n",
        encoding="utf-8")
    (BROKEN / "not-records.json").write_text('"just a string, not an article record"\n', encoding="utf-8")
    (BROKEN / "slides.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")


if __name__ == "__main__":
    main()
