"""Errors raised for bad input that stops a command (a bad line never does: see readers)."""


class DistillwatchError(Exception):
    """Base class: a user-facing error with a message that says what to fix."""


class InputError(DistillwatchError):
    """An input path is missing, unreadable or of an unknown format."""


class ConfigError(DistillwatchError):
    """A config file is invalid; the message names the field."""
