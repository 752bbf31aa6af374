"""localhub: a local stand-in for huggingface.co (Hub API, sign-in and a Space runtime).

The unmodified huggingface_hub client and gradio's real OAuth flow talk to it over HTTP, so tests,
benchmarks and the app's sandbox mode run with no access to huggingface.co. It imports nothing
from the app.
"""
