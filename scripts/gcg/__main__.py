"""The project's command line: `python -m gcg build` and `python -m gcg check`."""
from __future__ import annotations

import argparse
import sys

from . import build
from .checks import run


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gcg")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="build the site (and, as they land, the PDFs and the offline copy)")
    build_cmd.add_argument("--site-dir", default="site")
    commands.add_parser("check", help="run the source checks over docs/ and data/")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build.main(args.site_dir)
    return run.main()


if __name__ == "__main__":
    sys.exit(main())
