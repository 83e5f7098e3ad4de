"""The one thing pyproject.toml cannot say: ``resources/`` (at the top of the repository) ships
inside the package as ``mpdesk.resources``; everything else is declared in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["mpdesk", "mpdesk.*"]) + ["mpdesk.resources"],
    package_dir={"mpdesk.resources": "resources"},
)
