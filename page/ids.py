"""The page's stable element ids: tests and benchmarks read the page by these, never by its
visible text or the position of an output."""

from __future__ import annotations

from enum import StrEnum


class ElementId(StrEnum):
    SIGNED_IN_AS = "signed-in-as"
    DEPLOY = "deploy-button"
    STEPS = "deploy-steps"  # its list carries data-outcome, each step data-step and data-state
    BUILD_LOG = "build-log"
    SUMMARY = "deploy-summary"
    SNIPPET = "deploy-snippet"
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
