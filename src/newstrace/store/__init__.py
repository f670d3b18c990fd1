"""Persistence: the SQLite workspace (PostgreSQL through the same interface is planned)."""

from newstrace.store.sqlite import Workspace, WorkspaceError

__all__ = ["Workspace", "WorkspaceError"]
