"""Why a profile file cannot be opened, created or saved, in a sentence a user can act on."""


class ProfileFileError(Exception):
    """Raised with a complete, translated sentence; the file is left as it was."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
