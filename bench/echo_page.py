"""The floor of the concurrency figures: a Gradio page whose Deploy does no work.

The page's form fields (`page.form.FIELDS`), its deploy event's outputs (by the same element ids),
its event name and its queue settings; its handler answers at once with the page's first update,
waits two seconds and ends as a finished deploy does, with the same updates. 32 clicks on it
measure what Gradio's queue and the driver themselves take on this machine.
`python -m bench.echo_page PORT`.
"""

from __future__ import annotations

import sys
import time

import gradio as gr

from deployer import DeployPath, Result
from page.form import FIELDS
from page.ids import ElementId, PageEvent
from page.render import DeployView

FINISHED = DeployView(
    space_id="echo/echo",
    result=Result(
        space_id="echo/echo",
        space_url="",
        app_url="",
        path=DeployPath.DUPLICATE,
        path_reason="the echo page does no work",
        stage="RUNNING",
        ready=True,
    ),
)

with gr.Blocks() as demo:
    with gr.Column() as form_view:
        form = {field: gr.Textbox(label=field) for field in FIELDS}
        button = gr.Button("Deploy", elem_id=ElementId.DEPLOY)
    with gr.Column(visible=False) as deploy_view:
        summary = gr.HTML(elem_id=ElementId.SUMMARY)
        steps = gr.HTML(elem_id=ElementId.STEPS)
        log = gr.Textbox(elem_id=ElementId.BUILD_LOG)

    def deploy(**_form: object):
        started = DeployView(space_id="echo/echo")
        yield {summary: started.summary(), steps: started.steps_html(), log: ""}
        time.sleep(2)
        yield {
            form_view: gr.update(visible=False),
            deploy_view: gr.update(visible=True),
            summary: FINISHED.summary(),
            steps: FINISHED.steps_html(),
            log: "",
        }

    button.click(
        deploy,
        inputs_kwargs=form,
        outputs=[form_view, deploy_view, summary, steps, log],
        api_name=PageEvent.DEPLOY,
        api_visibility="private",
        concurrency_limit=64,
        concurrency_id="deploy",
    )
demo.queue(max_size=256, default_concurrency_limit=8)

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]), max_threads=144)
