"""localhub: a local stand-in for huggingface.co (Hub API, sign-in and a Space runtime).

The unmodified huggingface_hub client and gradio's real OAuth flow talk to it over HTTP, so tests,
benchmarks and sandboxes run with no access to huggingface.co. It imports nothing
from the apps that use it.
"""
