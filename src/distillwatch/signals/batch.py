"""A batch of prepared requests, with the model outputs that several signals share."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from distillwatch.signals.model import IntentModel
from distillwatch.signals.text import RequestText


@dataclass
class Batch:
    """Requests cut once (`texts`); model probabilities computed once, on first use."""

    texts: list[RequestText]
    model: IntentModel
    _probs: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]] | None = field(
        default=None, repr=False
    )

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def probs(self) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """(intent probabilities, capability probabilities) for every request."""
        if self._probs is None:
            self._probs = self.model.predict(
                [t.user for t in self.texts], [t.context for t in self.texts]
            )
        return self._probs
