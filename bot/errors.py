"""The one way a command stops on a problem a person must fix."""

from __future__ import annotations

import click


class CommandError(click.ClickException):
    """Printed as one line, ``lumbar: <message>``, with no traceback.

    Exit status 2, which the systemd unit does not restart on: a wrong setting, path or token
    stays wrong until someone fixes it.
    """

    exit_code = 2

    def show(self, file: object = None) -> None:
        click.echo(f"lumbar: {self.message}", err=True)
