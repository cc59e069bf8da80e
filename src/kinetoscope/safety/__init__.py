"""Safety: the prompt policy (and, from the provenance part, frame checks and watermark).

    from kinetoscope.safety import check_prompt, require_allowed
    check_prompt("a small red circle bounces")  # Verdict(allowed=True, category=None, ...)

Importing this package is cheap: the lexicons, the classifier and alt-profanity-check's model
load on the first check, once per process.
"""

from kinetoscope.safety.policy import CATEGORIES, Verdict, check_prompt, require_allowed

__all__ = ["CATEGORIES", "Verdict", "check_prompt", "require_allowed"]
