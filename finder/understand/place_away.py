"""Words around a place name that make it somewhere other than home: a landmark the family
lives near, or the place they moved from."""

from __future__ import annotations

# Words before a name that make it a landmark rather than the parent's home.
LANDMARK_WORDS = frozenset({"outside", "near", "nr", "pod", "kolo", "obok", "niedaleko",
                            "blisko", "خارج", "قرب", "جنب"})
# "moved from coventry to leicester", "coventry se leicester shift hue": in a message about a
# move, a name after a word for "from" (or before a postposition for it) is where they left.
MOVED_WORDS = frozenset({"moved", "move", "moving", "relocated", "shifted", "shift",
                         "przeprowadzilismy", "przeprowadzilam", "przeprowadzilem", "aaye",
                         "aa", "aavya", "guurnay", "guuray", "انتقلنا", "نقلنا", "رحلنا"})
FROM_BEFORE = frozenset({"from", "z", "ze", "من", "min"})
FROM_AFTER = frozenset({"se", "say", "ton", "thi", "ka", "سے", "ਤੋਂ", "થી"})


def is_moving(words: list[str]) -> bool:
    """Whether the message is about a move ("we moved", "shift hue")."""
    return not MOVED_WORDS.isdisjoint(words)


def landmark(words: list[str], start: int) -> bool:
    """A name the parent lives near, not in ("just outside hinckley in nuneaton"): another
    name in the message is where they are."""
    return start > 0 and words[start - 1] in LANDMARK_WORDS


def left(words: list[str], start: int) -> bool:
    """A name just after "from" or before "se", "thi": where a family moved from."""
    return (start > 0 and words[start - 1] in FROM_BEFORE
            or any(word in FROM_AFTER for word in words[start + 1:start + 3]))


def away(words: list[str], start: int, moving: bool) -> bool:
    """A town named at `start` as a landmark, or as where a family moved from: not home."""
    return landmark(words, start) or moving and left(words, start)
