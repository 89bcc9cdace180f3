"""The checklist of topics a Member/Officer Protocol normally covers, with the phrases and
headings that suggest each one. Matching them against clauses is councildesk/rules/coverage.py.

Pure: plain values, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from councildesk.rules.lazy_regex import LazyPattern

_CLLR = r"(?:councillors?|members?|cllrs?)"
_OFFR = (
    r"(?:(?<!monitoring )(?<!returning )(?<!financial )officers?|(?:the )?clerks?|employees?"
    r"|staff|proper officer|executive officer)"
)


@dataclass(frozen=True)
class Cue:
    """A phrase that suggests a topic, and how strongly."""

    regex: LazyPattern  # compiled at the first coverage check, not at import
    weight: float


@dataclass(frozen=True)
class Topic:
    key: str  # stable: stored corrections refer to it
    label: str
    description: str  # what good coverage says, in one line
    core: bool
    headings: tuple[Cue, ...]  # read in headings; weight 1.0 is a sure sign, 0.5 a hint
    phrases: tuple[Cue, ...]  # read in the clause's own heading and text


def _cues(spec: str) -> tuple[Cue, ...]:
    """Read "weight regex" lines; a line starting with "|" continues the regex above.

    This keeps the table readable at one cue a line: the marker itself is dropped, so
    "|.{0,60}x" carries a long regex on and "||x" adds an alternative. <CLLR> and <OFFR> stand
    for the many ways protocols name councillors and officers.
    """
    pairs: list[tuple[float, str]] = []
    for line in spec.strip().splitlines():
        line = line.strip()
        if line.startswith("|"):
            weight, pattern = pairs[-1]
            pairs[-1] = (weight, pattern + line[1:])
        else:
            weight_text, pattern = line.split(" ", 1)
            pairs.append((float(weight_text), pattern.strip()))
    return tuple(
        Cue(LazyPattern(pattern.replace("<CLLR>", _CLLR).replace("<OFFR>", _OFFR)), weight)
        for weight, pattern in pairs
    )


def _topic(
    key: str, label: str, description: str, core: bool, headings: str, phrases: str
) -> Topic:
    return Topic(key, label, description, core, _cues(headings), _cues(phrases))


# Where a section is headed "When things go wrong" or "Complaints", its clauses are about one
# of the two procedures, but the heading alone does not say which.
_WHEN_WRONG = r"0.5 \bwhen things go wrong\b|\bcomplaints?\b|\bdisputes?\b|\bdifficulties\b"

TOPICS: tuple[Topic, ...] = (
    _topic(
        "councillor_roles",
        "Roles of councillors",
        "Councillors decide policy together as the council, represent residents and leave the "
        "day-to-day running of the council to the Clerk.",
        True,
        r"""
        1.0 \broles?\b.*\b(?:councillors|members)\b
        1.0 ^(?:the )?(?:councillors|members)$
        """,
        r"""
        2.0 \b<CLLR> (?:have|has) (?:\w+ ){0,3}(?:responsibilit|duties|roles?\b)
        2.0 \brole of (?:a |the |individual )?(?:councillors?|members?)\b
        1.5 \b(?:determine|set|decide|agree) (?:the )?(?:council'?s? )?(?:polic|budget)
        1.5 \bday[- ]to[- ]day (?:running|management)\b
        1.0 \bcommunity leadership\b|\badvocates? for\b|\brepresent (?:the )?residents\b
        1.0 \bcollectively\b|\bas a (?:corporate )?body\b
        1.5 \bno (?:individual )?(?:councillor|member)\b.{0,40}\b(?:instruct|direct|power)
        """,
    ),
    _topic(
        "chair_roles",
        "Roles of chairs and vice-chairs",
        "The Chair and committee chairs run meetings and work closely with the Clerk but cannot "
        "direct the Clerk alone, and must respect the Clerk's impartiality.",
        True,
        r"""
        1.0 \bchair(?:man|men|s|person)?\b|\bvice[- ]chair|\bmayor\b
        """,
        r"""
        2.5 \bchair(?:man|men|s|person)? and vice[- ]chair
        1.0 \bvice[- ]chair
        1.5 \bcasting vote\b|\bpresides?\b|\bpresiding\b
        1.0 \b(?:the|committee) chair(?:man|person)? (?:has|have|is|will|must|may|cannot)\b
        """,
    ),
    _topic(
        "officer_roles",
        "Roles of officers (the Clerk and Proper Officer)",
        "The Clerk is the council's Proper Officer and chief adviser, employed by the council as "
        "a whole, and carries out its decisions impartially.",
        True,
        r"""
        1.0 \broles?\b.*\b(?:officers?|employees|staff|clerk)\b
        1.0 ^(?:the )?(?:officers?|employees|staff|clerk|proper officer)$|\bproper officer\b
        """,
        r"""
        2.0 \brole of (?:the )?(?:officers?|clerk|employees|staff)\b
        2.0 \b<OFFR> (?:has|have) (?:the following |certain )?(?:main |statutory )?roles?\b
        1.5 \bproper officer\b
        1.5 \bstatutory (?:roles?|duties|obligations|responsibilities)\b
        1.5 \b(?:officers|the clerk|employees) (?:are|is) (?:responsible|accountable) to
        1.5 \bimplement(?:s|ing)? (?:the )?(?:agreed |council'?s? )?(?:polic|decisions)
        1.5 \bcarry out the council'?s (?:work|decisions)\b
        1.0 \bresponsible financial officer\b|\brfo\b
        1.0 \bprofessional (?:views?|advice)\b|\bjob description\b|\bhead of (?:the )?staff
        """,
    ),
    _topic(
        "councillors_expect",
        "What councillors can expect of officers",
        "Councillors can expect impartial, timely, professional help from the Clerk, given to "
        "the council as a whole and to every councillor equally.",
        True,
        r"""
        1.0 \b(?:councillors|members) (?:can|may|should) expect\b
        """,
        r"""
        3.0 \b(?:councillors|members) (?:can|may|should|will|are entitled to) expect\b
        1.0 \btimely (?:response|reply)\b|\backnowledge\w* within\b
        """,
    ),
    _topic(
        "officers_expect",
        "What officers can expect of councillors",
        "The Clerk and staff can expect respect and courtesy, reasonable requests and no "
        "bullying, harassment or undue pressure.",
        True,
        r"""
        1.0 \b(?:officers|clerk|staff|employees) (?:can|may|should) expect\b
        """,
        r"""
        3.0 \b(?:officers|the clerk|employees|staff) (?:can|may|should|will) expect\b
        1.5 \bbull(?:y|ied|ying)\b|\bharass\w*|\bintimidat\w*
        1.0 \bundue pressure\b|\bpressuris\w*|\bput (?:\w+ )?pressure on\b
        """,
    ),
    _topic(
        "personal_relationships",
        "Close personal relationships",
        "Close personal relationships between councillors and staff are avoided or declared, "
        "because they can look like favouritism.",
        True,
        r"""
        1.0 \b(?:close|personal|special) relationships?\b|\bfamiliarity\b|\bfriendships?\b
        """,
        r"""
        3.0 \bclose personal (?:relationships?|familiarity|friendships?)\b
        2.0 \bclose (?:relationships?|friendships?)\b|\bpersonal familiarity\b
        2.0 \bspecial relationships? with\b
        1.0 \bpreferential treatment\b|\bfavou?ritism\b|\bfavours?\b
        1.5 \b(?:related to|relatives?|family members?|partners?)\b.{0,40}\b<OFFR>
        1.0 \bfriendly relations\b
        """,
    ),
    _topic(
        "political_groups",
        "Political groups",
        "Party politics stays out of the officers' work: groups cannot require the Clerk to "
        "attend their meetings or work for them, and the Clerk serves the whole council.",
        True,
        r"""
        1.0 \bpolitic(?:al|s)\b|\bparty groups?\b
        """,
        r"""
        2.0 \bparty politics\b
        1.5 \bpolitical groups?\b|\bparty (?:political )?groups?\b
        1.5 \bgroup (?:meetings?|discussions?)\b
        1.0 \bparty political\b(?! groups?)|\bpolitical (?:party|parties)\b
        1.0 \bpolitically (?:neutral|impartial|restricted)\b|\bpolitical neutrality\b
        """,
    ),
    _topic(
        "group_advice",
        "Reports and advice to political groups",
        "Reports or advice to a political group give facts and options only, with no "
        "recommendation and nothing on the political implications.",
        True,
        r"""
        1.0 \b(?:reports?|advice|briefings?)\b.*\b(?:groups?|part(?:y|ies))\b
        """,
        r"""
        1.5 \b(?:reports?|advice|advises?|advising|briefings?)\b
            |.{0,60}\b(?:political|party) groups?\b
        2.0 \bfacts?\b.{0,40}\boptions\b|\bappraisal of (?:the )?options\b
        2.0 \bpolitical implications?\b
        1.0 \b(?:no|not|nor|without) (?:\w+ ){0,3}recommendations?\b
            ||\bmake any recommendations?\b
        1.5 \bsame (?:\w+ ){0,2}(?:advice|information|help)\b
        """,
    ),
    _topic(
        "group_notification",
        "Telling the other groups",
        "When the Clerk reports to or advises one group, every other group is told that it was "
        "given.",
        True,
        r"""
        1.0 \b(?:tell|telling|inform|informing|notify|notifying|notification)\b.*\bgroups?\b
        """,
        r"""
        2.0 \b(?:all |every |each )?(?:the )?other (?:political |party )?groups?\b
        1.5 \b(?:advise|inform|tell|notify)\b.{0,40}\b(?:all|every|each|the) other\b
        1.5 \b(?:report|advice)\b.{0,40}\b(?:has been|was|had been) (?:prepared|given)\b
        1.5 \b(?:prepared for|given to|advises?) (?:one|a single) (?:political |party )?group
        """,
    ),
    _topic(
        "officer_grievance",
        "When things go wrong: officers",
        "The Clerk or a member of staff with a concern about a councillor tries informal "
        "resolution and mediation first, then the council's grievance procedure.",
        True,
        r"""
        1.0 \bgrievances?\b|\bprocedures? for (?:officers|employees|staff|the clerk)\b
        1.0 \bconcerns? (?:raised )?by (?:the clerk|officers|employees|staff)\b
        """
        + _WHEN_WRONG,
        r"""
        2.0 \bgrievances?\b
        1.5 \bprocedure for (?:officers|employees|staff)\b
        1.5 \brelationships?\b.{0,60}\b(?:break(?:s)? down|broken down|strained|breakdown)
        1.0 \bresolved? (?:\w+ ){0,3}informally\b|\binformal(?:ly)? resol\w*
            ||\bconciliation\b
        1.0 \bacas\b
        """,
    ),
    _topic(
        "councillor_concerns",
        "When things go wrong: councillors",
        "A councillor unhappy with the Clerk or staff raises it privately, with the Clerk or "
        "the Chair, and only the council can use its disciplinary procedure.",
        True,
        r"""
        1.0 \bprocedures? for (?:councillors|members)\b|\bdisciplinary\b
        1.0 \bconcerns? (?:raised )?by (?:councillors|members)\b
        """
        + _WHEN_WRONG,
        r"""
        1.5 \bdisciplinary\b|\bcapability (?:procedure|process)\b
        1.5 \bdissatisfied\b|\bunhappy with\b
        1.5 \b(?:conduct|behaviour|performance|capability)\b.{0,30}\b(?:of )?<OFFR>
        1.0 \b(?:raised?|raising)\b.{0,40}\bwith the (?:clerk|chair|executive officer)\b
        1.0 \braising matters\b|\bin the first instance\b
        """,
    ),
    _topic(
        "monitoring_officer",
        "The Monitoring Officer",
        "The principal council's Monitoring Officer can help with mediation, and complaints "
        "under the Code of Conduct go to the Monitoring Officer.",
        True,
        r"""
        1.0 \bmonitoring officer\b|\bcode of conduct complaints?\b|\bombudsman\b
        """,
        r"""
        2.0 \bmonitoring officer\b
        1.0 \bmediat(?:ion|e|or|ing)\b
        1.5 \bombudsman\b
        1.5 \b(?:complaints?|allegations?)\b.{0,60}\bcode of conduct\b
        1.0 \bindependent person\b|\bstandards committee\b
        """,
    ),
    _topic(
        "confidentiality",
        "Confidentiality",
        "Councillors and staff keep confidential information confidential and never use it for "
        "personal or political advantage.",
        True,
        r"""
        1.0 \bconfidential|\bdata protection\b|\bprivacy\b
        """,
        r"""
        2.5 \bconfidential information\b
        2.0 \bbreach(?:es)? of confidence\b|\bconfidences\b
        2.0 \b(?:kept|keep|keeps|remains?|treated as|treat as) (?:\w+ ){0,2}confidential\b
        2.0 \brespect (?:the )?confidentiality\b
        1.0 \bconfidentiality\b
        1.0 \bconfidential\b
        1.5 \bdata protection\b|\bgdpr\b|\bpersonal data\b
        """,
    ),
    _topic(
        "access_to_information",
        "Access to information",
        "Councillors get the information they need for their role through the Clerk, and the "
        "public's rights to information are respected.",
        False,
        r"""
        1.0 \baccess to (?:information|documents|records)\b|\bfreedom of information\b
        """,
        r"""
        2.0 \baccess to (?:council )?(?:information|documents|papers|records|files)\b
        2.0 \bneed to know\b
        1.5 \bfreedom of information\b|\bfoi(?:sa)?\b|\benvironmental information\b
        2.5 \binformation\b.{0,80}\brelevant to (?:their|his|her) (?:needs|duties|role)\b
        1.0 \bpublication scheme\b
        """,
    ),
    _topic(
        "media",
        "Media and press",
        "Only those the council authorises speak to the press for it, and councillors and staff "
        "do not air disagreements with each other in public or in the media.",
        False,
        r"""
        1.0 (?<!social )\bmedia\b|\bpress\b|\bpublicity\b
        """,
        r"""
        1.5 (?<!social )\bmedia\b
        2.0 \bpress (?:releases?|statements?|enquiries|officer)\b|\bjournalists?\b
        2.0 \bnewspapers?\b|\bradio\b|\btelevision\b|\bspokes(?:person|man|woman)\b
        1.5 \b(?:criticis\w+|disagreements?|disputes?)\b
            |.{0,100}\b(?:in public|media|press)\b
        """,
    ),
    _topic(
        "correspondence",
        "Correspondence",
        "Letters and emails are sent in the council's name only by the Clerk or with authority, "
        "and correspondence is not copied on without thought.",
        False,
        r"""
        1.0 \bcorrespondence\b|\bletters?\b|\be-?mails?\b
        """,
        r"""
        2.0 \bcorrespondence\b
        1.0 \bletters?\b|\be-?mails?\b
        1.0 \bcop(?:y|ies|ied) (?:of |to |in )|\bblind cop
        1.5 \bletter-?head\w*|\bin the (?:council'?s|clerk'?s) name\b
            ||\bon behalf of the council
        """,
    ),
    _topic(
        "council_resources",
        "Use of council resources",
        "Council premises, equipment, money and staff time are used only for council business, "
        "never for private or political purposes.",
        False,
        r"""
        1.0 \bresources\b|\bfacilities\b|\bequipment\b
        """,
        r"""
        2.5 \buse of (?:the )?council'?s? (?:resources|facilities|equipment|property|premises)
        1.5 \bcouncil (?:resources|facilities|equipment|property|premises)\b
        1.5 \b(?:private|personal|political|campaign\w*|election\w*)\b.{0,40}\bpurposes?\b
        1.0 \bstationery\b|\bphotocopier\b|\blaptops?\b|\bequipment\b
        """,
    ),
    _topic(
        "social_media",
        "Social media",
        "The same standards apply online: no criticism of staff, no confidential information "
        "and clear separation of personal and official accounts.",
        False,
        r"""
        1.0 \bsocial media\b|\bonline\b
        """,
        r"""
        3.0 \bsocial (?:media|networking)\b
        2.0 \b(?:facebook|twitter|instagram|whatsapp|nextdoor|tiktok|blogs?)\b
            ||\bonline forums?\b
        0.5 \bonline\b|\bposts?\b
        """,
    ),
    _topic(
        "gifts_hospitality",
        "Gifts and hospitality",
        "Gifts and hospitality that could be seen to influence are declined, and any accepted "
        "are recorded.",
        False,
        r"""
        1.0 \bgifts?\b|\bhospitality\b
        """,
        r"""
        1.5 \bgifts?\b
        1.5 \bhospitality\b
        1.5 \binducements?\b|\bbrib\w*
        """,
    ),
    _topic(
        "training",
        "Training",
        "Councillors and the Clerk are offered induction and continuing training, including on "
        "this protocol.",
        False,
        r"""
        1.0 \btraining\b|\binduction\b
        """,
        r"""
        2.5 \btraining\b
        2.0 \binduction\b
        1.0 \bcilca\b|\bqualifications?\b
        """,
    ),
    _topic(
        "interests_conduct",
        "Councillors' interests and the Code of Conduct",
        "Councillors follow the Code of Conduct, register and declare their interests and never "
        "use their position for personal advantage.",
        False,
        r"""
        1.0 \bcode of conduct\b|\binterests\b|\bstandards of conduct\b
        """,
        r"""
        1.0 \b<CLLR>'?\b.{0,60}\bcode of conduct\b|\bcode of conduct\b.{0,40}\b<CLLR>
        1.0 \bcode of conduct\b
        1.5 \b<CLLR>\b.{0,40}\b(?:comply with|follow|keep to|abide by)\b
            |.{0,30}\bcode of conduct
        2.0 \b(?:declar\w+|regist\w+) (?:\w+ ){0,3}interests?\b
            ||\binterests? (?:are|is) declared
        1.5 \b(?:disclosable pecuniary|pecuniary|prejudicial|personal|private) interests?\b
        1.5 \b(?:use|using|misuse) (?:of )?their position\b
        1.5 \bnolan\b|\bprinciples of public life\b|\bdispensations?\b
        """,
    ),
)

TOPICS_BY_KEY: Mapping[str, Topic] = {topic.key: topic for topic in TOPICS}
