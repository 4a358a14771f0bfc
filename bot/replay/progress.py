"""A progress bar on stderr while an export is read (only on a terminal)."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


@contextmanager
def progress_bar(total: int, show: bool, label: str) -> Iterator[Callable[[int], None]]:
    """Yields `advance(bytes)`; draws a bar of bytes read if `show`, else does nothing."""
    if not show:
        yield lambda n: None
        return
    columns = (TextColumn("[bold]replaying[/] {task.description}"), BarColumn(),
               DownloadColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total or None)
        yield lambda n: bar.advance(task, n)
