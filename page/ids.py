"""The page's stable element ids and event names: tests and benchmarks read the page by these,
never by its visible text or the position of an output."""

from __future__ import annotations

from enum import StrEnum


class ElementId(StrEnum):
    SIGNED_IN_AS = "signed-in-as"  # carries data-user
    SIGNED_OUT = "signed-out"
    FORM = "deploy-form"
    OWNER = "owner"
    NAME = "space-name"
    NAME_STATE = "name-state"  # carries data-state: free, trackio, taken, invalid or checking
    KIND = "kind"  # live or static
    KIND_NOTE = "kind-note"  # beside the kind: why static is offered to a free plan
    PROJECT = "project"  # the project a static dashboard shows
    DEPLOY = "deploy-button"
    DEPLOY_REASON = "deploy-reason"  # why Deploy is off, beside it
    HARDWARE = "hardware"
    DEPLOY_VIEW = "deploy-view"
    SUMMARY = "deploy-summary"  # the card at the top: data-phase, buttons with data-action
    STEPS = "deploy-steps"  # its list carries data-outcome, each step data-step and data-state
    BUILD_LOG = "build-log"
    # "Your dashboards"
    DASHBOARDS_TAB = "dashboards-tab"
    DASHBOARDS_REFRESH = "dashboards-refresh"
    UPGRADE_ALL = "upgrade-all"
    LISTING = "dashboards-listing"  # its div carries data-state: loading or listed
    DASHBOARDS = "dashboards-table"  # each row data-space and data-behind; buttons data-action
    QUESTION = "dashboards-question"
    CONFIRM = "dashboards-confirm"
    CANCEL = "dashboards-cancel"
    ACTIONS = "dashboards-actions"  # each section data-space and data-outcome


class PageEvent(StrEnum):
    """The page's own events, by their (private) api names: how the page driver finds them."""

    OPEN = "page_open"  # on load: who is signed in, at once
    ACCOUNT = "page_account"  # then: the owners on offer, the hardware, the name's state
    NAME = "name_check"  # the name's state, after a pause in typing
    FORM = "form_change"  # the plan and Deploy's state, on any change
    KIND = "kind_change"  # the kind's note and fields, the plan and Deploy's state
    DEPLOY = "start_deploy"
    ACTION = "deploy_action"  # a button of the deploy view (`data-action`)
