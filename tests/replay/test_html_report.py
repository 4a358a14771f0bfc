"""The HTML report: one self-contained page, rendered in headless Chromium as a head sees it."""

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.replay.html_report import write_html
from tests.replay.conftest import FIXTURES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install -y chromium)")
UK = FIXTURES / "whatsapp-android-uk.txt"


class _Text(HTMLParser):
    """The text a reader sees, and the figures by name."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.figures: dict[str, str] = {}
        self.tags: set[str] = set()
        self._skip = 0
        self._figure: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._skip += tag in ("style", "script")
        self._figure = dict(attrs).get("data-figure") if tag == "dd" else None

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)
            if self._figure:
                self.figures[self._figure] = data
                self._figure = None

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.parts).split())


def _chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(  # noqa: S603 - fixed arguments
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp / 'profile'}", "--proxy-server=127.0.0.1:9", *args],
        capture_output=True, text=True, timeout=180, check=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, engine) -> Path:  # noqa: ANN001
    from bot.replay.pipeline import ReplayOptions, replay
    from bot.replay.sources import open_export

    report = replay(open_export(UK), engine.school, engine.rulebook, engine.score,
                    ReplayOptions(context_lines=1, consent="Shared by a class rep with the "
                                                          "group's agreement, 17 Jan 2024."))
    path = tmp_path_factory.mktemp("html") / "report.html"
    write_html(report, path)
    report.flagged.close()
    return path


def test_when_the_page_is_written_then_it_needs_nothing_from_outside(page):
    html = page.read_text(encoding="utf-8")
    for outside in ("<script", "<link", "src=", "http://", "https://", "url(", "@import"):
        assert outside not in html
    assert html.count("<svg") == 2


@needs_chromium
def test_when_chromium_renders_the_page_then_a_head_sees_the_figures_and_flagged_messages(
        page, tmp_path):
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    seen = _Text()
    seen.feed(dom)
    assert seen.figures["Messages"] == "13"
    assert seen.figures["Malformed lines"] == "1"
    assert int(seen.figures["Flagged"]) >= 6
    text = seen.text
    assert "Source file: whatsapp-android-uk.txt (whatsapp export)" in text
    assert "Shared by a class rep with the group's agreement, 17 Jan 2024." in text
    assert "Raise concerns about a member of staff with the school" in text
    assert "Worries about a child's safety go to the safeguarding lead" in text
    assert "Miss Hope is useless, she never marks anything" in text      # flagged
    assert "Tuesday I think, the letter said" in text                    # context line
    assert "Morning all! Does anyone know if PE" not in text             # clean, not near
    assert "Dan Price" in text and "opens a case" in text
    assert "Line 31: timestamp 32/01/2024 14:00 is not a valid" in text
    assert {"svg", "article", "table"} <= seen.tags


@needs_chromium
def test_when_chromium_takes_a_screenshot_then_the_page_is_drawn(page, tmp_path):
    shot = tmp_path / "report.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,2400", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000   # a blank page of this size compresses to a few KB


@needs_chromium
def test_when_messages_hold_markup_then_the_page_shows_it_as_text(tmp_path, engine):
    from bot.replay.pipeline import ReplayOptions, replay
    from bot.replay.sources import open_export

    export = tmp_path / "chat.txt"
    export.write_text("15/01/2024, 09:30 - <b>Dan</b>: Miss Hope is useless "
                      "<script>document.title='x'</script><img src=x>\n", encoding="utf-8")
    report = replay(open_export(export), engine.school, engine.rulebook, engine.score,
                    ReplayOptions())
    write_html(report, tmp_path / "report.html")
    report.flagged.close()
    seen = _Text()
    seen.feed(_chromium(tmp_path, "--dump-dom", (tmp_path / "report.html").as_uri()).stdout)
    assert "script" not in seen.tags and "img" not in seen.tags
    assert "<script>document.title='x'</script><img src=x>" in seen.text
    assert "<b>Dan</b>" in seen.text
