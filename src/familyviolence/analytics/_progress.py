"""A progress bar for the pipeline: documents done, their rate, documents quarantined.

Drawn by tqdm on standard error (or another stream), updated after each part of the input.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Self, TextIO

from tqdm import tqdm

from familyviolence._cli_text import say
from familyviolence.analytics._summary import Progress
from familyviolence.vocabulary import Language

__all__ = ["ProgressBar"]


class ProgressBar:
    """A progress bar to pass as ``progress`` to :func:`write_statistics`; a context manager.

    Its words are in ``lang`` (``"sv"``, ``"nb"`` or ``"en"``).

    >>> import io
    >>> from familyviolence.analytics import Progress
    >>> shown = io.StringIO()
    >>> with ProgressBar(shown) as bar:
    ...     bar(Progress(documents=250, quarantined=1, seconds=2.0, total=1000))
    >>> "250/1000" in shown.getvalue() and "quarantined=1" in shown.getvalue()
    True
    """

    def __init__(self, file: TextIO | None = None, *, lang: str = Language.EN) -> None:
        self._file = file if file is not None else sys.stderr
        self._lang = lang
        # Drawn from the first progress on: a run that cannot start shows no bar.
        self._bar: tqdm | None = None

    def __call__(self, progress: Progress) -> None:
        """Show ``progress``."""
        if self._bar is None:
            self._bar = tqdm(
                file=self._file,
                total=progress.total,
                unit=" " + say("progress_unit", self._lang),
                desc=say("progress_name", self._lang),
                dynamic_ncols=True,
            )
        self._bar.set_postfix_str(
            say("progress_quarantined", self._lang, count=progress.quarantined), refresh=False
        )
        self._bar.update(progress.documents - self._bar.n)

    def close(self) -> None:
        """Draw the bar a last time and leave it."""
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
