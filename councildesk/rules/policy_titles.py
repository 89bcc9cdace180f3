"""Whether a document's own title names the policy it is being imported into.

"Privacy Policy" imported into the Member/Officer Protocol is almost surely the wrong file, or a
policy of its own; "Lowestoft Town Council Member/Officer Protocol" or "Protocol on Councillor and
Officer Relations" is the protocol. The test is on the policy name's own words: each must appear
in the title, once the council's name, small words and kinds of document are set aside and
councillor/member and staff/officer are read alike.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
# Words that say nothing about which policy a document is.
_SET_ASIDE = frozenset((
    "a", "an", "and", "the", "of", "on", "for", "to", "in", "with", "by", "between", "our", "its",
    "council", "councils", "parish", "town", "community", "city", "county", "borough", "district",
    "policy", "policies", "protocol", "protocols", "procedure", "procedures", "document",
    "statement", "adopted", "draft", "version", "revised", "updated",
))  # fmt: skip
_SAME_AS = {
    "councillor": "member",
    "cllr": "member",
    "staff": "officer",
    "employee": "officer",
    "clerk": "officer",
}


def key_words(text: str) -> frozenset[str]:
    """The words of a title or policy name that say which policy it is."""
    found = set()
    for word in _WORD.findall(text.casefold()):
        if word in _SET_ASIDE:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]  # members -> member, relations -> relation
        if word in _SET_ASIDE:
            continue
        found.add(_SAME_AS.get(word, word))
    return frozenset(found)


def title_names_policy(title: str, policy_name: str) -> bool:
    """True when ``title`` is a title ``policy_name`` could have (or says too little to tell)."""
    wanted, given = key_words(policy_name), key_words(title)
    if not wanted or not given:
        return True
    return wanted <= given


def policy_name_from_title(title: str) -> str:
    """A name for a new policy from a document's title: spaces tidied, SHOUTING calmed,
    and a leading council name ("Newbiggin Parish Council Privacy Policy") left off."""
    name = " ".join(title.split()).strip(" .:-–—")
    words = name.split(" ")
    folded = [w.casefold() for w in words]
    if "council" in folded[:6]:
        rest = words[folded.index("council") + 1 :]
        name = " ".join(rest) if rest else name
    if name.isupper():
        name = name.title()
    return name[:200]
