"""Which path a deploy takes, and why, from what its checks found: the pure decision
(`deployer.paths.choose_path`), every case without a hub. The deployer tests drive the same cases
end to end against localhub."""

from __future__ import annotations

import pytest

from deployer import DeployError, DeployPath, Problem
from deployer.paths import DuplicateFailed, Findings, SpaceFound, TemplateFound, choose_path

SPACE, TEMPLATE = "alice/trackio", "trackio-deployer/trackio-dashboard"


def found(*, allow_update: bool = False, **what: object) -> Findings:
    return Findings(SPACE, TEMPLATE, allow_update, **what)  # type: ignore[arg-type]


def refusal(findings: Findings) -> DeployError:
    with pytest.raises(DeployError) as raised:
        choose_path(findings)
    return raised.value


def test_a_free_name_and_a_template_that_matches_are_duplicated_without_a_warning():
    choice = choose_path(found())
    assert choice.path is DeployPath.DUPLICATE
    assert choice.reason == "the template Space matches this app's template"
    assert choice.warning is None


def test_a_missing_template_is_uploaded_instead_and_says_which_template():
    choice = choose_path(found(template_found=TemplateFound(exists=False)))
    assert (choice.path, choice.warning) == (DeployPath.UPLOAD, None)
    assert choice.reason == f"the template Space {TEMPLATE} was not found"


def test_a_stale_template_is_uploaded_instead_with_a_warning_to_republish_it():
    choice = choose_path(found(template_found=TemplateFound(drift=("app.py differs",))))
    assert choice.path is DeployPath.UPLOAD
    assert choice.reason == f"the template Space {TEMPLATE} is stale (app.py differs)"
    assert f"python -m deployer publish-template --to {TEMPLATE}" in (choice.warning or "")


@pytest.mark.parametrize(
    "problem",
    [Problem.HUB_UNAVAILABLE, Problem.HUB_UNREACHABLE, Problem.REFUSED, Problem.FORBIDDEN],
)
def test_a_template_that_cannot_be_read_is_uploaded_instead(problem):
    error = DeployError(problem, "the Hub said no")
    choice = choose_path(found(template_found=TemplateFound(error=error)))
    assert choice.path is DeployPath.UPLOAD
    assert choice.reason == f"the template Space {TEMPLATE} could not be read (the Hub said no)"


@pytest.mark.parametrize("problem", [Problem.SIGN_IN_AGAIN, Problem.RATE_LIMITED])
def test_reading_the_template_failing_for_a_reason_an_upload_shares_stops_the_deploy(problem):
    error = DeployError(problem, "sign in again, or wait")
    assert refusal(found(template_found=TemplateFound(error=error))) is error


def test_an_existing_dashboard_is_updated_only_when_allowed():
    update = choose_path(found(space=SpaceFound.TRACKIO, allow_update=True))
    assert update.path is DeployPath.UPDATE
    assert update.reason == f"{SPACE} was already a Trackio Space and updating it was allowed"
    refused = refusal(found(space=SpaceFound.TRACKIO))
    assert refused.problem is Problem.SPACE_EXISTS
    assert "allow updating it (its data is kept)" in refused.message


def test_an_unfinished_deploy_is_finished_only_when_updating_is_allowed():
    finish = choose_path(found(space=SpaceFound.UNFINISHED, allow_update=True))
    assert finish.path is DeployPath.UPDATE
    assert "created by a deploy that did not finish" in finish.reason
    refused = refusal(found(space=SpaceFound.UNFINISHED))
    assert refused.problem is Problem.SPACE_EXISTS
    assert "Deploy again with updating allowed to finish it" in refused.message


@pytest.mark.parametrize("allow_update", [False, True])
def test_a_space_that_is_not_trackio_is_never_touched(allow_update):
    refused = refusal(found(space=SpaceFound.OTHER, allow_update=allow_update))
    assert refused.problem is Problem.NOT_TRACKIO
    assert "will not be touched" in refused.message


def test_an_existing_space_decides_before_the_template():
    stale = TemplateFound(exists=False)
    choice = choose_path(found(space=SpaceFound.TRACKIO, allow_update=True, template_found=stale))
    assert (choice.path, choice.warning) == (DeployPath.UPDATE, None)


def test_a_template_gone_before_it_was_duplicated_is_uploaded_instead():
    choice = choose_path(found(duplicate_failed=DuplicateFailed(error=None)))
    assert choice.path is DeployPath.UPLOAD
    assert choice.reason == f"the template Space {TEMPLATE} disappeared before it was duplicated"


@pytest.mark.parametrize(
    "problem", [Problem.HUB_UNAVAILABLE, Problem.HUB_UNREACHABLE, Problem.FORBIDDEN]
)
def test_a_duplicate_failing_past_retries_or_refused_is_uploaded_instead_and_says_so(problem):
    error = DeployError(problem, "HTTP 503")
    choice = choose_path(found(duplicate_failed=DuplicateFailed(error)))
    assert choice.path is DeployPath.UPLOAD
    assert choice.reason == "duplicating the template failed: HTTP 503"
    assert choice.warning == (
        "Duplicating the template failed, so the Space is created from this app's files instead"
        " (HTTP 503)"
    )


def test_a_duplicate_whose_answer_was_lost_carries_on_as_a_duplicate():
    error = DeployError(Problem.HUB_UNREACHABLE, "no answer")
    choice = choose_path(found(duplicate_failed=DuplicateFailed(error, space_made=True)))
    assert (choice.path, choice.warning) == (DeployPath.DUPLICATE, None)


@pytest.mark.parametrize("problem", [Problem.SPACE_EXISTS, Problem.PLAN_REQUIRED])
def test_a_duplicate_refused_for_a_reason_an_upload_shares_stops_the_deploy(problem):
    error = DeployError(problem, "taken, or needs a paid plan")
    assert refusal(found(duplicate_failed=DuplicateFailed(error))) is error
