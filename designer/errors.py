"""Errors that carry a sentence meant for the person using the app."""


class DesignerError(Exception):
    """Base class: str(error) is a complete, user-facing sentence."""


class ParamError(DesignerError, ValueError):
    """A parameter value that does not fit its schema."""


class ShapeError(DesignerError, ValueError):
    """Inputs whose shapes a layer cannot take."""


class GraphError(DesignerError, ValueError):
    """An edit the graph refuses (unknown id, duplicate id, illegal connection)."""


class NetworkFileError(DesignerError):
    """A network file that cannot be read: names the file and what is wrong."""
