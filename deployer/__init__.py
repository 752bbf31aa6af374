"""Deploy logic for Trackio Spaces: validated request -> plan -> Hub calls -> events.

No UI lives here and nothing here imports gradio or localhub; the page (`app.py`) and the CLI
(`python -m deployer`) both drive it.
"""
