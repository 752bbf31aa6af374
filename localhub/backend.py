"""`Backend`: everything the routes call, made once per server and handed to every surface.

Named for what it is to the routes (the side behind them), so that `hub` keeps meaning the Hub
itself: localhub's own parts are the store, the rules of each surface (accounts, repos, Spaces,
buckets), Xet storage, the sign-in provider, the Space runtime and the traffic tests steer."""

from __future__ import annotations

from dataclasses import dataclass

from localhub.accounts import Accounts
from localhub.auth import Access
from localhub.buckets import Buckets
from localhub.cas import Cas
from localhub.deviations import Deviations
from localhub.oauth import Provider
from localhub.repos import Repos
from localhub.runtime import Runtime
from localhub.simulation import SimulatedAnswers
from localhub.space_settings import SpaceSettings
from localhub.spaces import Spaces
from localhub.store import Store
from localhub.traffic import Traffic


@dataclass(frozen=True)
class Backend:
    store: Store
    runtime: Runtime
    accounts: Accounts
    repos: Repos
    spaces: Spaces
    buckets: Buckets
    cas: Cas
    provider: Provider
    traffic: Traffic
    simulated: SimulatedAnswers
    deviations: Deviations

    @classmethod
    def build(
        cls,
        store: Store,
        runtime: Runtime,
        *,
        endpoint: str,
        traffic: Traffic,
        simulated: SimulatedAnswers,
        deviations: Deviations,
    ) -> Backend:
        access = Access(store)
        settings = SpaceSettings(store, access)
        repos = Repos(store, access, runtime, settings, endpoint=endpoint, deviations=deviations)
        cas = Cas(store, url=f"{endpoint}/cas")
        return cls(
            store=store,
            runtime=runtime,
            accounts=Accounts(store, endpoint=endpoint),
            repos=repos,
            spaces=Spaces(store, repos, runtime, settings),
            buckets=Buckets(store, access, cas, endpoint=endpoint),
            cas=cas,
            provider=Provider(store, endpoint=endpoint),
            traffic=traffic,
            simulated=simulated,
            deviations=deviations,
        )
