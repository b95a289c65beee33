"""The real finder for the fault tests under gunicorn, with two test-only hooks on SMS turns:
each turn is counted in the conversation state (`fault_turns`), and while the file named by
`FAULT_PAUSE_FILE` exists a turn writes its worker's pid beside it and then stalls, holding
the number's lock, so that a test can kill the worker in the middle of a turn."""

from __future__ import annotations

import os
import time
from pathlib import Path

from finder import create_app
from finder.sms import replies

PAUSE = Path(os.environ["FAULT_PAUSE_FILE"])
real_converse = replies.converse


def counted_converse(state, text):
    new, reply = real_converse(state, text)
    if PAUSE.exists():
        PAUSE.with_suffix(".held").write_text(str(os.getpid()))
        time.sleep(60)
    return {**new, "fault_turns": (state or {}).get("fault_turns", 0) + 1}, reply


replies.converse = counted_converse
app = create_app()
