"""The floor of the concurrency figures: a Gradio page whose Deploy does no work.

Same inputs, outputs and queue settings as the page's Deploy; its handler answers at once, waits
two seconds and ends. 32 clicks on it measure what Gradio's queue and gradio_client themselves take
on this machine. `python bench/echo_page.py PORT`.
"""

from __future__ import annotations

import sys
import time

import gradio as gr


def deploy(*_fields: object):
    yield (
        "<ul><li>Deploying</li></ul>",
        "",
        "",
        "",
        gr.update(value="Deploying…", interactive=False),
    )
    time.sleep(2)
    yield "<ul><li>Done</li></ul>", "", "### ✓ Your Trackio dashboard is running", "", "Deploy"


with gr.Blocks() as demo:
    fields = [gr.Textbox(label=f"field {n}") for n in range(12)]
    outputs = [gr.HTML(), gr.Textbox(), gr.Markdown(), gr.Code(), gr.Button("Deploy")]
    outputs[-1].click(deploy, fields, outputs, api_name="deploy", concurrency_limit=64)
demo.queue(max_size=256, default_concurrency_limit=8)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]), max_threads=80)
