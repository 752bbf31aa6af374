"""Everything of the page but its layout (which is `app.py`): the form's fields and rules, who is
signed in, what a deploy looks like on the page, what runs in the browser, what the MCP tools do,
the page's element ids, how it starts, and the gradio 6.31 workarounds. Nothing here imports gradio
at import time, so tests and benchmarks use these modules too."""
