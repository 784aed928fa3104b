"""The package version, in one place below every layer (``toolkit.__version__`` re-exports it)."""

__version__ = "0.1.0"
