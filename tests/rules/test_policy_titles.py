"""Whether a document's own title names the policy it is imported into."""

from __future__ import annotations

import pytest

from councildesk.rules.import_limits import MAX_PARAGRAPHS, paragraphs_problem, shape_problem
from councildesk.rules.policy_titles import policy_name_from_title, title_names_policy
from councildesk.rules.protocol_text import Node

PROTOCOL = "Member/Officer Protocol"


@pytest.mark.parametrize(
    "title",
    [
        "Lowestoft Town Council Member/Officer Protocol",
        "Sandhurst Town Council Member/Officer Relations Policy",
        "Protocol on Councillor and Officer Relations",
        "MEMBER OFFICER PROTOCOL",
        "Councillor and Staff Protocol",
    ],
)
def test_the_protocols_own_titles_name_it(title: str) -> None:
    assert title_names_policy(title, PROTOCOL)


@pytest.mark.parametrize(
    "title", ["Privacy Policy", "Code of Conduct", "Officer Expenses Policy", "Standing Orders"]
)
def test_other_policies_titles_do_not(title: str) -> None:
    assert not title_names_policy(title, PROTOCOL)


def test_a_new_policys_name_leaves_off_the_council_and_calms_capitals() -> None:
    assert policy_name_from_title("NEWBIGGIN PARISH COUNCIL PRIVACY POLICY") == "Privacy Policy"
    assert policy_name_from_title("  Privacy   Policy ") == "Privacy Policy"


def test_a_file_far_past_a_policys_size_is_refused() -> None:
    assert paragraphs_problem(MAX_PARAGRAPHS) is None
    problem = paragraphs_problem(51_000)
    assert problem is not None and "51,000 paragraphs" in problem
    sections = [Node(str(n), f"Heading {n}", "", "section") for n in range(1, 400)]
    assert "399 sections" in (shape_problem(sections) or "")
    assert shape_problem(sections[:40]) is None
