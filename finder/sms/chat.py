"""`flask --app wsgi chat`: talk to the finder in the terminal, through the same engine as SMS."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from finder.conversation import state as memory
from finder.conversation.engine import take_turn
from finder.conversation.render import render_text
from finder.directory.tools import get_tools
from finder.languages import LANGUAGES


@click.command(help="Chat with the finder in the terminal, as a parent would by SMS. "
                    "End with Ctrl-D.")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None,
              help="Start in this language instead of detecting it from the first message.")
@with_appcontext
def chat(lang: str | None) -> None:
    tools = get_tools()
    state = memory.fresh(lang, chosen=True) if lang else None
    while True:
        try:
            text = click.prompt("you", prompt_suffix="> ", default="", show_default=False)
        except (EOFError, click.Abort):
            click.echo()
            return
        turn = take_turn(state, text, tools)
        state = turn.state
        click.echo(render_text(turn.replies) + "\n")
