"""The floor of the concurrency figures: a Gradio page whose Deploy does no work.

The page's form fields (`page.form.FIELDS`), its outputs (by the same element ids) and its queue
settings; its handler answers at once with the page's first update, waits two seconds and ends as a
finished deploy does. 32 clicks on it measure what Gradio's queue and the driver themselves take on
this machine. `python -m bench.echo_page PORT`.
"""

from __future__ import annotations

import sys
import time

import gradio as gr

from deployer import DeployPath, Result
from page.form import FIELDS
from page.ids import ElementId
from page.render import DeployView

FINISHED = DeployView(
    result=Result(
        space_id="echo/echo",
        space_url="",
        app_url="",
        path=DeployPath.DUPLICATE,
        path_reason="the echo page does no work",
        stage="RUNNING",
        ready=True,
    )
)

with gr.Blocks() as demo:
    form = {field: gr.Textbox(label=field) for field in FIELDS}
    steps = gr.HTML(elem_id=ElementId.STEPS)
    log = gr.Textbox(elem_id=ElementId.BUILD_LOG)
    summary = gr.Markdown(elem_id=ElementId.SUMMARY)
    snippet = gr.Code(elem_id=ElementId.SNIPPET)
    button = gr.Button("Deploy", elem_id=ElementId.DEPLOY)

    def deploy(**_form: object):
        yield {
            steps: DeployView().steps_html(),
            button: gr.update(value="Deploying…", interactive=False),
        }
        time.sleep(2)
        yield {steps: FINISHED.steps_html(), summary: FINISHED.summary(), button: "Deploy"}

    button.click(
        deploy,
        inputs_kwargs=form,
        outputs=[steps, log, summary, snippet, button],
        api_name="deploy",
        concurrency_limit=64,
    )
demo.queue(max_size=256, default_concurrency_limit=8)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]), max_threads=80)
