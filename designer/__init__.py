"""Network Designer's core: networks as graphs of layers, their files, and training.

Nothing in this package imports Qt, so scripts, tests and servers can use it without a screen.
"""
__version__ = "0.1.0"
FORMAT_VERSION = 1  # of the network document; see designer/migrations.py
