"""The finder's Flask class: machine-to-machine endpoints skip the web pages' request hooks.

Twilio's webhook is called for every text a parent sends and none of the pages' app-wide hooks
applies to it (CSRF, the web rate limit, sealed links, the language cookie, static caching,
compression of pages): it runs its own blueprint's hooks and the app-wide hooks registered as
`keep` (the security headers, usage counts), nothing else.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from flask import Flask, Request, Response, request
from flask.globals import request_ctx
from flask.signals import request_tearing_down

LEAN_ENDPOINTS = frozenset({"sms.webhook"})
SYNCED_KEPT = 1024  # functions whose synchronous form is kept (views, hooks: a few dozen)
_UNSET: Any = object()  # `do_teardown_request` called without an exception: the current one


class FinderApp(Flask):
    """Flask, with `LEAN_ENDPOINTS` answered without the app-wide hooks not kept for them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kept_hooks: set[Callable[..., Any]] = set()
        self._lean_found: dict[tuple[str | None, bool], list[Callable[..., Any]]] = {}
        self._synced: dict[Callable[..., Any], Callable[..., Any]] = {}

    def keep(self, hook: Callable[..., Any]) -> Callable[..., Any]:
        """Run the app-wide `hook` for lean endpoints too (security headers, usage counts)."""
        self._check_setup_finished("keep")
        self.kept_hooks.add(hook)
        return hook

    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """Flask's, asked once per function: it is asked for the view and the directory's
        teardown on every request, and tells a coroutine function by several inspections."""
        synced = self._synced.get(func)
        if synced is None:
            if len(self._synced) >= SYNCED_KEPT:  # functions made per request: not kept for ever
                self._synced.clear()
            synced = self._synced[func] = super().ensure_sync(func)
        return synced

    def do_teardown_request(self, exc: BaseException | None = _UNSET) -> None:
        """Flask's; with no `teardown_request` function registered (the finder has none) only
        the signal is sent, without finding the request's blueprints through its proxy."""
        if self.teardown_request_funcs:
            super().do_teardown_request(*(() if exc is _UNSET else (exc,)))
            return
        request_tearing_down.send(self, _async_wrapper=self.ensure_sync,
                                  exc=sys.exc_info()[1] if exc is _UNSET else exc)

    # The request is taken from its proxy once: each attribute read through a proxy first
    # fails on the proxy itself (an AttributeError made and caught), then reads the request.

    def preprocess_request(self) -> Any:
        req = request._get_current_object()  # type: ignore[attr-defined]
        endpoint = req.endpoint  # a property: read once
        if endpoint not in LEAN_ENDPOINTS:
            return super().preprocess_request()
        for hook in self._lean_hooks(req, endpoint, self.before_request_funcs, reverse=False):
            answer = hook()
            if answer is not None:
                return answer
        return None

    def process_response(self, response: Response) -> Response:
        req = request._get_current_object()  # type: ignore[attr-defined]
        endpoint = req.endpoint
        if endpoint not in LEAN_ENDPOINTS:
            return super().process_response(response)
        context = request_ctx._get_current_object()  # type: ignore[attr-defined]
        hooks = [*context._after_request_functions,  # after_this_request
                 *self._lean_hooks(req, endpoint, self.after_request_funcs, reverse=True)]
        for hook in hooks:
            response = hook(response)
        return response  # no session to save: a lean endpoint's is the null session

    def _lean_hooks(self, req: Request, endpoint: str | None,
                    registered: dict[str | None, list[Callable[..., Any]]],
                    reverse: bool) -> list[Callable[..., Any]]:
        """The blueprints' own hooks and the kept app-wide ones, in Flask's order; found once
        per endpoint (Flask refuses new hooks once the first request has been handled)."""
        found = self._lean_found.get((endpoint, reverse))
        if found is None:
            names = [*req.blueprints, None] if reverse \
                else [None, *reversed(req.blueprints)]
            found = self._lean_found[(endpoint, reverse)] = [
                hook for name in names for hook in
                (reversed(registered.get(name, ())) if reverse else registered.get(name, ()))
                if name is not None or hook in self.kept_hooks]
        return found
