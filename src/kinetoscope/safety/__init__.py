"""Safety: the prompt policy (and, from the provenance part, frame checks and watermark)."""
