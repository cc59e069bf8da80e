"""Errors a user can cause. Each carries one clear sentence naming the fix and an exit code.

The CLI prints ``str(err)`` and exits with ``err.exit_code``, never a traceback; the
library raises these so every front end (CLI, Python API, server) reports the same words.
"""


class UserError(Exception):
    """Bad input a user can fix: wrong size, unreadable file, missing weights, full disk."""

    exit_code = 2


class PromptRefused(UserError):
    """The prompt policy refused a prompt; ``category`` names the policy that applies."""

    exit_code = 3

    def __init__(self, category: str, reason: str):
        super().__init__(f"Prompt refused ({category}): {reason}")
        self.category = category
        self.reason = reason


class FramesFlagged(UserError):
    """The frame classifier flagged generated frames; nothing was written."""

    exit_code = 4

    def __init__(self, category: str, reason: str):
        super().__init__(f"Video blocked ({category}): {reason}")
        self.category = category
        self.reason = reason
