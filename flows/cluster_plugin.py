"""The plugin the flow registers on a Dask cluster's workers (``flows.cluster.prepare``):
its own module, imported only with distributed, so the workers unpickle it by reference."""

from __future__ import annotations

import os
from typing import Any

from distributed import WorkerPlugin

from flows.state import WORKER_ENV


class NewscleanWorker(WorkerPlugin):
    """Marks a worker's process: the state refuses to open there (``state.WORKER_ENV``)."""

    name = "newsclean-worker"

    def setup(self, worker: Any) -> None:
        os.environ[WORKER_ENV] = "1"
