"""`flask --app wsgi chat`: talk to the finder in the terminal, as SMS renders it."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from finder.conversation import state as memory
from finder.conversation.engine import take_turn
from finder.directory.tools import get_tools
from finder.languages import LANGUAGES
from finder.sms.replies import fits_sms, texts
from finder.sms.segments import measure


@click.command(help="Chat with the finder in the terminal, as a parent would by SMS "
                    "(the same three-segment budget per text). End with Ctrl-D.")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None,
              help="Start in this language instead of detecting it from the first message.")
@click.option("--segments", is_flag=True,
              help="Show each text's encoding and how many SMS segments it costs.")
@with_appcontext
def chat(lang: str | None, segments: bool) -> None:
    tools = get_tools()
    state = memory.fresh(lang, chosen=True) if lang else None
    while True:
        try:
            text = click.prompt("you", prompt_suffix="> ", default="", show_default=False)
        except (EOFError, click.Abort):
            click.echo()
            return
        turn = take_turn(state, text, tools, fits=fits_sms)
        state = turn.state
        for sent in texts(turn.replies):
            cost = measure(sent)
            click.echo(sent + (f"\n[{cost.encoding}, {cost.count} segments]" if segments else ""))
        click.echo()
