"""newstrace: story dossiers from dated news articles."""

__version__ = "0.1.0"
