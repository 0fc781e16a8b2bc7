"""mailcoach: reads a project manager's IMAP drafts the way a mentor would, and marks the risky ones."""

__version__ = "0.1.0"
