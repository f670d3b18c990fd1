"""The local web UI (FastAPI, server-rendered)."""
