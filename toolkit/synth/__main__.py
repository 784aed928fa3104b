"""``python -m toolkit.synth --out DIR --seed 0``: write a synthetic archive."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..exceptions import ToolkitError
from .generate import make_archive

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m toolkit.synth", description="Write a deterministic synthetic WeCom archive.")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: %(default)s)")
    p.add_argument("--n-employees", type=int, default=40)
    p.add_argument("--n-customers", type=int, default=1500)
    p.add_argument("--n-groups", type=int, default=60)
    p.add_argument("--n-days", type=int, default=90)
    p.add_argument("--start", default="2026-07-01", help="first day, ISO date (default: %(default)s)")
    p.add_argument("--fault-rate", type=float, default=0.005)
    p.add_argument("--no-compress", action="store_true", help="write plain .jsonl files only")
    p.add_argument("--progress", action="store_true", help="show a progress bar")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     main(["--out", tmp, "--n-customers", "20", "--n-days", "2", "--n-employees", "8", "--n-groups", "3"])
    0
    """
    try:
        args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        s = make_archive(args.out, n_employees=args.n_employees, n_customers=args.n_customers, n_groups=args.n_groups,
                         n_days=args.n_days, start=args.start, fault_rate=args.fault_rate, compress=not args.no_compress,
                         random_state=args.seed, progress=args.progress)
    except (ValueError, TypeError, OSError, ToolkitError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {s['n_files']} files, {s['n_messages']:,} messages, {s['n_records']:,} lines to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
