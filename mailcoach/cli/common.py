"""Helpers shared by the subcommands: logging setup, config loading, progress on a terminal."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from typing import TextIO

from ..config import Config, load_config


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key in ("account", "event"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(verbose: int = 0, fmt: str = "text") -> None:
    """Logs go to stderr: WARNING by default, INFO with -v, DEBUG with -vv or --debug."""
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("mailcoach")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    # The protocol log of imapclient would carry message bytes: never below WARNING.
    logging.getLogger("imapclient").setLevel(logging.WARNING)


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE",
                        help="config file (default: $MAILCOACH_CONFIG or ~/.config/mailcoach/config.toml)")


def load(args: argparse.Namespace, *, required: bool = False) -> Config:
    """Load the config named by --config (or the default one) and print its warnings."""
    cfg = load_config(getattr(args, "config", None), required=required)
    for warning in cfg.warnings:
        print(f"mailcoach: warning: {warning}", file=sys.stderr)
    return cfg


class Progress:
    """A one-line progress bar on a terminal; silent when stderr is not a TTY."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() and total > 0
        self.label, self.total, self.done = label, total, 0
        self._last = 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.1 or self.done >= self.total):
            self._last = now
            width = 30
            filled = int(width * self.done / self.total) if self.total else width
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}]"
                              f" {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()
