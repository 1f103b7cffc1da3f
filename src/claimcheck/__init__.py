"""claimcheck: split an article into atomic claims, tag them, report on them."""

__version__ = "0.1.0"
