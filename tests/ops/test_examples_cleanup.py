import subprocess
import sys
from pathlib import Path


def test_tiny_archive_leaves_no_folder_behind():
    """Doctests and tests build many tiny archives; their temp folders are deleted when the process exits."""
    code = ("from toolkit.testing import tiny_archive\n"
            "a = tiny_archive()\n"
            "print(a.files['source'].iloc[0])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    folder = Path(out.strip().splitlines()[-1]).parent
    assert folder.name.startswith("tiny_archive_")
    assert not folder.exists()
