"""wecom-archive-toolkit: study WeCom (企业微信) session-content archives in pandas.

Examples
--------
>>> import toolkit
>>> toolkit.__version__
'0.1.0'
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
