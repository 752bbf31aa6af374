"""The baseline of the footprint figures: a Gradio page with nothing but a `gr.LoginButton`.

`python bench/bare_page.py PORT`, with the same Spaces environment as the page in sandbox mode, so
both run Gradio's real OAuth (routes, session middleware, authlib).
"""

from __future__ import annotations

import sys

import gradio as gr

with gr.Blocks() as demo:
    gr.LoginButton()

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
