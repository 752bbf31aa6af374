"""The shell every HTML page of localhub shares: styles, header, a main column readable at phone
width, visible keyboard focus. The pages themselves live with their surface: sign-in and consent in
`localhub.routes.oauth`, its home and a Space's page in `localhub.routes.pages`."""

from __future__ import annotations

import html


def page(title: str, body: str, *, header: str = "localhub", wide: bool = False) -> str:
    """A whole HTML page around `body`: readable at phone width, with visible keyboard focus."""
    width = "56rem" if wide else "34rem"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; color: #1f2328; background: #f6f7f9; margin: 0; line-height: 1.5; }}
header {{ padding: .75rem 1rem; font-weight: 600; border-bottom: 1px solid #d8dce1; background: #fff; }}
main {{ max-width: {width}; margin: 1.5rem auto; padding: 1.5rem; background: #fff; border: 1px solid #d8dce1; border-radius: .75rem; }}
@media (max-width: 36rem) {{ body {{ background: #fff; }} main {{ margin: 0; border: 0; padding: 1rem; }} }}
pre {{ background: #f6f7f9; padding: 1rem; overflow: auto; }}
h1 {{ font-size: 1.5rem; line-height: 1.25; margin: 0 0 1rem; }}
a {{ color: #0b57d0; }}
code {{ font-size: .9em; overflow-wrap: anywhere; }}
.muted, .detail {{ color: #57606a; }}
.detail {{ display: block; font-size: .9rem; }}
ul.choices {{ list-style: none; padding: 0; margin: .5rem 0; }}
ul.choices li + li {{ margin-top: .5rem; }}
.option {{ display: flex; gap: .75rem; align-items: center; width: 100%; box-sizing: border-box; padding: .75rem;
  border: 1px solid #d8dce1; border-radius: .5rem; background: #fff; text-align: left; cursor: pointer; }}
.option:hover {{ border-color: #8c959f; background: #fafbfc; }}
.option img {{ border-radius: 50%; flex: none; }}
.option input {{ width: 1.25rem; height: 1.25rem; margin: 0; flex: none; accent-color: #c25e00; }}
label.option:has(input:checked) {{ border-color: #c25e00; background: #fff8f0; }}
fieldset {{ border: 1px solid #d8dce1; border-radius: .5rem; margin: 1rem 0; padding: .5rem 1rem 1rem; }}
legend {{ font-weight: 600; padding: 0 .25rem; }}
fieldset p {{ margin: 0; }}
button {{ font: inherit; color: inherit; min-height: 2.75rem; padding: .5rem 1.25rem; border-radius: .5rem;
  border: 1px solid #8c959f; background: #fff; cursor: pointer; }}
button.primary {{ background: #ff9d00; border-color: #c77a00; color: #000; font-weight: 600; }}
button.primary:hover {{ background: #f08c00; }}
.actions {{ display: flex; flex-wrap: wrap; gap: .75rem; margin: 1.25rem 0; }}
.error {{ border-left: 4px solid #cf222e; background: #fff5f5; padding: .75rem 1rem; border-radius: .25rem; }}
:focus-visible {{ outline: 3px solid #0b57d0; outline-offset: 2px; }}
</style></head><body><header>{html.escape(header)}</header><main>{body}</main></body></html>"""
