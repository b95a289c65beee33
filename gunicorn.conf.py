"""gunicorn settings for the finder. Override any of them with GUNICORN_CMD_ARGS."""

import os

bind = os.environ.get("FINDER_BIND", "127.0.0.1:5000")
workers = int(os.environ.get("FINDER_WORKERS", "2"))
threads = int(os.environ.get("FINDER_THREADS", "4"))
# Twilio gives up on a webhook after 15 seconds: answer or fail well before that.
timeout = 10
graceful_timeout = 10
keepalive = 5
accesslog = "-"
# The access log records the path only: no query strings (they can hold what a parent typed).
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
forwarded_allow_ips = os.environ.get("FINDER_FORWARDED_ALLOW_IPS", "127.0.0.1")
