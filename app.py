"""The Trackio Space deployer: the page people meet (placeholder until the deployer lands)."""

import gradio as gr

with gr.Blocks(title="Deploy Trackio") as demo:
    gr.Markdown("# Deploy your own Trackio dashboard")

if __name__ == "__main__":
    demo.launch()
