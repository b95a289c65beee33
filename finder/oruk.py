"""The directory as an open Open Referral UK 3.0 feed (`/oruk/…`)."""

from flask import Blueprint

bp = Blueprint("oruk", __name__, url_prefix="/oruk")
