"""A Gradio page with nothing but a `gr.LoginButton`: gradio's own sign-in, as installed.

`python harness/bare_page.py PORT`, with the Spaces environment of sandbox mode
(`harness.servers.bare_page`), so it runs gradio's real OAuth (routes, session middleware, authlib)
against localhub. The baseline of the benchmark's footprint figures, and the page on which
`tests/test_gradio_workarounds.py` checks the gradio defects the page works around.
"""

from __future__ import annotations

import sys

import gradio as gr

with gr.Blocks() as demo:
    gr.LoginButton()

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
