"""distillwatch: detect, contain, attribute and share unauthorized model distillation."""

__version__ = "0.1.0"
