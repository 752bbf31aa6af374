"""Deploy logic for Trackio Spaces: validated request -> plan -> Hub calls -> events.

No UI lives here and nothing here imports gradio or localhub; the page (`app.py`) and the CLI
(`python -m deployer`) both drive it.
"""

from deployer.account import (
    Me,
    NameState,
    Owner,
    SignIn,
    free_name,
    name_state,
    not_offered,
    owners,
    whoami,
)
from deployer.client import HubClient, configure_http
from deployer.deploy import Deployer
from deployer.errors import DeployError, InvalidRequest, Problem
from deployer.events import DeployPath, Done, Event, Failed, Result, Step
from deployer.plan import Plan, make_plan
from deployer.request import DashboardSettings, DeployRequest, Kind, Visibility, checked, validate
from deployer.running import Following, RunningDeploy, RunningDeploys

__all__ = [
    "DashboardSettings",
    "DeployError",
    "DeployPath",
    "DeployRequest",
    "Deployer",
    "Done",
    "Event",
    "Failed",
    "Following",
    "HubClient",
    "InvalidRequest",
    "Kind",
    "Me",
    "NameState",
    "Owner",
    "Plan",
    "Problem",
    "Result",
    "RunningDeploy",
    "RunningDeploys",
    "SignIn",
    "Step",
    "Visibility",
    "checked",
    "configure_http",
    "free_name",
    "make_plan",
    "name_state",
    "not_offered",
    "owners",
    "validate",
    "whoami",
]
