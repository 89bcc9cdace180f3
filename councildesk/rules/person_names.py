"""A person's name in three parts (title, forenames, surname), so lists sort by surname.

``split_name`` reads a name written the usual way ("Cllr Jane Smith", "Dr Hugh de la Mare",
"Smith, Jane", "Dafydd ap Gwilym OBE") into its parts; the clerk corrects any it gets wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

# Words that come before a name. Compared without case or a trailing full stop.
TITLES = frozenset(
    {
        "cllr",
        "councillor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "rev",
        "revd",
        "reverend",
        "canon",
        "father",
        "sir",
        "dame",
        "lord",
        "lady",
        "the",
        "hon",
        "rt",
        "capt",
        "major",
        "col",
    }
)
# Honours and letters after a name stay with the surname they follow.
POST_NOMINALS = frozenset(
    {"obe", "mbe", "cbe", "bem", "kbe", "dbe", "jp", "dl", "kc", "qc", "mp", "ms", "ma", "phd"}
)
# Lower-case words that begin a surname: "de la Mare", "van Dijk", Welsh "ap Gwilym".
PARTICLES = frozenset(
    {"de", "la", "le", "du", "da", "di", "del", "van", "von", "der", "den", "ap", "ab", "ferch"}
)
# The titles the person dialog offers; any other may be typed.
COMMON_TITLES = ("Cllr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Revd")


@dataclass(frozen=True)
class NameParts:
    title: str
    forenames: str
    surname: str

    @property
    def full(self) -> str:
        """The name as written on a list or a letter: "Cllr Jane Smith"."""
        return " ".join(part for part in (self.title, self.forenames, self.surname) if part)


def _bare(word: str) -> str:
    return word.rstrip(".").casefold()


def split_name(written: str) -> NameParts:
    """The parts of a name as it is usually written; a single word is taken as the surname."""
    words = written.split()
    title: list[str] = []
    while words and _bare(words[0]) in TITLES and len(words) > 1:
        title.append(words.pop(0))
    rest = " ".join(words)
    if "," in rest:  # "Smith, Jane"
        last, _, first = rest.partition(",")
        return NameParts(" ".join(title), " ".join(first.split()), " ".join(last.split()))
    after: list[str] = []
    while len(words) > 1 and _bare(words[-1]) in POST_NOMINALS and words[-1].isupper():
        after.insert(0, words.pop())
    surname = words[-1:]
    forenames = words[:-1]
    while len(forenames) > 1 and forenames[-1] in PARTICLES:
        surname.insert(0, forenames.pop())
    return NameParts(" ".join(title), " ".join(forenames), " ".join(surname + after))


def sort_key(surname: str, forenames: str, title: str = "") -> tuple[str, str, str]:
    """Surname, then forenames, without regard to case ("de la Mare" among the Ds)."""
    return (surname.casefold(), forenames.casefold(), title.casefold())
