"""Errors of a training run, each a sentence for the person training."""
from ..errors import DesignerError


class TrainingError(DesignerError, ValueError):
    """A run that cannot start (data, output layer and loss do not fit, ...)."""
