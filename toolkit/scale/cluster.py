"""Connect to a Dask cluster, or start a local one."""

from __future__ import annotations

import logging
import os
from typing import Any

__all__ = ["client"]


def client(address: str | None = None, **kwargs: Any) -> Any:
    """A :class:`distributed.Client`: to the scheduler at ``address``, else to a new local cluster.

    Parameters
    ----------
    address : str, optional
        A scheduler address such as ``"tcp://10.0.0.5:8786"``. None starts a
        :class:`distributed.LocalCluster` with one single-threaded worker
        process per core (pandas code holds the GIL), no dashboard, and quiet
        logs.
    **kwargs
        With ``address``: passed to :class:`distributed.Client` (e.g.
        ``timeout``). Without: passed to :class:`distributed.LocalCluster`,
        overriding the defaults (``n_workers``, ``threads_per_worker``,
        ``processes``, ``memory_limit`` ...).

    Returns
    -------
    distributed.Client
        It is also the default scheduler for ``.compute()`` until closed.
        Close it (and a local cluster with it) with ``client.close()`` or use
        it as a context manager.

    Raises
    ------
    TypeError
        ``address`` is not a string.
    OSError
        The scheduler at ``address`` cannot be reached.

    Notes
    -----
    A script that starts a local cluster with worker processes must do so
    under ``if __name__ == "__main__":``, or the workers fail to start
    ("Nanny failed to start").

    Examples
    --------
    >>> c = client(processes=False, n_workers=1)
    >>> len(c.scheduler_info()["workers"])
    1
    >>> c.close()
    """
    from distributed import Client  # noqa: PLC0415  (lazy: a distributed client only when one is started)

    if address is not None:
        if not isinstance(address, str):
            raise TypeError(f"address must be a scheduler address such as 'tcp://host:8786' or None; got {type(address).__name__}")
        return Client(address, **kwargs)
    options: dict[str, Any] = {
        "n_workers": os.cpu_count() or 1,
        "threads_per_worker": 1,
        "processes": True,
        # No dashboard; the scheduler's small HTTP server (health checks) takes a free port, not 8787.
        "dashboard_address": ":0",
        "scheduler_kwargs": {"dashboard": False},
        "silence_logs": logging.CRITICAL,
    }
    options.update(kwargs)
    # A Client given no address starts the LocalCluster itself, and closes it on close().
    return Client(**options)
