"""The one error tree of mailcoach.

    MailcoachError                 exit 2   base; the CLI prints "mailcoach: error: <message>"
    ├── UsageError                 exit 2   bad command-line use
    ├── ConfigError                exit 2   config file missing, unparsable, unknown key, bad value
    │   ├── RulesError             exit 2   rules file broken: names the file, the rule and the key
    │   └── SecretError            exit 2   a password/token source failed (never carries the secret)
    ├── DraftError                 exit 2   a message that cannot be read as a draft
    ├── StateError                 exit 2   the state file cannot be opened or is corrupt
    │   └── AlreadyRunning         exit 2   another mailcoach holds the state file's lock
    └── ImapError                  exit 2   the server said no, or the connection failed
        ├── ConnectError           exit 2   cannot reach the server / TLS failure / timeout
        ├── AuthError              exit 2   login refused
        ├── FolderError            exit 2   no Drafts folder could be found
        └── CapabilityMissing      exit 2   an operation needs a capability the server does not advertise

Messages are one line and never contain a password, a token or draft text.
"""

from __future__ import annotations


class MailcoachError(Exception):
    """Base of every error mailcoach raises on purpose."""

    exit_code = 2


class UsageError(MailcoachError):
    """The command line is wrong."""


class ConfigError(MailcoachError):
    """The config file is missing, unparsable, or has an unknown key or a bad value."""


class RulesError(ConfigError):
    """A rules file is broken; the message names the file, the rule and the key."""


class SecretError(ConfigError):
    """A password or token could not be obtained (the message never includes it)."""


class DraftError(MailcoachError):
    """A message cannot be read as a draft."""


class StateError(MailcoachError):
    """The state file cannot be opened, is corrupt, or is of a newer schema."""


class AlreadyRunning(StateError):
    """Another mailcoach process holds the lock on the same state file."""


class ImapError(MailcoachError):
    """The IMAP server refused a command or the connection failed."""


class ConnectError(ImapError):
    """The server cannot be reached, TLS failed, or the connection dropped or timed out."""


class AuthError(ImapError):
    """The server refused the login."""


class FolderError(ImapError):
    """No Drafts folder could be found (configure `drafts_folder`)."""


class CapabilityMissing(ImapError):
    """An operation needs a capability the server does not advertise."""
