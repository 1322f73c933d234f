"""The project's command line: `python -m gcg build`, `check`, `linkcheck`, `bench`, `new-chapter` and
`new-translation`."""
from __future__ import annotations

import argparse
import sys

from . import build, linkcheck, scaffold
from .checks import run


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["bench"]:  # its own options: python -m gcg bench --help
        from .bench import run as bench

        return bench.main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m gcg")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="build the site (and, as they land, the PDFs and the offline copy)")
    build_cmd.add_argument("--site-dir", default="site")
    build_cmd.add_argument("--only", action="append", choices=[name for name, _ in build.STAGES],
                           help="run only this stage (repeatable); default: every stage")
    commands.add_parser("bench", help="measure build time, preview speed, page weight and sizes; hold the budgets")
    check_cmd = commands.add_parser("check", help="run the source checks over docs/ and data/")
    check_cmd.add_argument("--format", choices=["text", "github"], default="text")
    linkcheck_cmd = commands.add_parser("linkcheck", help="build the site and run linkchecker over it on file://")
    linkcheck_cmd.add_argument("--site-dir", help="check this built site instead of building one")
    linkcheck_cmd.add_argument("--external", action="store_true", help="also check external links; write a report")
    chapter_cmd = commands.add_parser("new-chapter", help="start a convention or partner page from its template")
    chapter_cmd.add_argument("kind", choices=["convention", "partner"])
    chapter_cmd.add_argument("id")
    chapter_cmd.add_argument("title")
    translation_cmd = commands.add_parser("new-translation", help="start a translation of an English page")
    translation_cmd.add_argument("lang")
    translation_cmd.add_argument("page", help="path under docs/en, like conventions/basel.md")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build.main(args.site_dir, args.only)
    if args.command == "new-chapter":
        return scaffold.main(["new-chapter", args.kind, args.id, args.title])
    if args.command == "new-translation":
        return scaffold.main(["new-translation", args.lang, args.page])
    if args.command == "linkcheck":
        return linkcheck.main(args.site_dir, args.external)
    return run.main(["--format", args.format])


if __name__ == "__main__":
    sys.exit(main())
