"""Deploy logic for Trackio Spaces: validated request -> plan -> Hub calls -> events.

No UI lives here and nothing here imports gradio or localhub; the page (`app.py`) and the CLI
(`python -m deployer`) both drive it.
"""

from deployer.account import Account, NameState, Owner, SignIn
from deployer.deploy import Deployer
from deployer.errors import DeployError, Problem
from deployer.events import DeployPath, Done, Event, Failed, Result, Step
from deployer.plan import Plan, make_plan
from deployer.request import (
    DashboardSettings,
    DeployRequest,
    InvalidRequest,
    Visibility,
    checked,
    validate,
)

__all__ = [
    "Account",
    "DashboardSettings",
    "DeployError",
    "DeployPath",
    "DeployRequest",
    "Deployer",
    "Done",
    "Event",
    "Failed",
    "InvalidRequest",
    "NameState",
    "Owner",
    "Plan",
    "Problem",
    "Result",
    "SignIn",
    "Step",
    "Visibility",
    "checked",
    "make_plan",
    "validate",
]
