"""`kinetoscope check-prompt TEXT [--json]` (owner: safety-policy).

Exit 0 when the prompt is allowed, 3 when the policy refuses it (the exit code of
``PromptRefused``, the same as ``generate`` refusing that prompt), printing the category and
a one-line reason, or with --json one object: {"allowed", "category", "reason", "score"}.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check-prompt",
        help="check a prompt against the content policy (exit 0 allowed, 3 refused)",
        description="Check a prompt against Kinetoscope's content policy, offline. "
        "Exit 0 when allowed, 3 when refused.",
    )
    p.add_argument(
        "text", nargs="+", metavar="TEXT", help="the prompt (quote it, or pass several words)"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    import json

    from kinetoscope.errors import PromptRefused
    from kinetoscope.safety import check_prompt

    verdict = check_prompt(" ".join(args.text))
    if args.json:
        print(
            json.dumps(
                {
                    "allowed": verdict.allowed,
                    "category": verdict.category,
                    "reason": verdict.reason,
                    "score": verdict.score,
                }
            )
        )
    elif verdict.allowed:
        print(f"allowed: {verdict.reason}")
    else:
        print(f"refused ({verdict.category}): {verdict.reason}")
    return 0 if verdict.allowed else PromptRefused.exit_code
