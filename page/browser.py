"""What runs in the browser: the page's CSS (contrast that meets WCAG AA in light and dark), the
script in its `<head>` (live timers), and the small functions gradio runs on the client before (or
instead of) a server call: the deploy view shown at the click, the name checked only after a pause
in typing, and the deploy view's buttons. Plain strings; `app.py` hands them to gradio."""

from __future__ import annotations

import json

from deployer.request import Kind
from page.ids import ElementId
from page.render import starting_html

# A pause in typing this long, then one Hub lookup for the name.
NAME_PAUSE_MS = 400
# The classes of the form and the deploy view: the one in view, and the one out of it.
VIEW_ON, VIEW_OFF = ["view"], ["view", "off"]

CSS = """
:root {
  --block-info-text-color: #4b5563;
  --body-text-color-subdued: #4b5563;
  --ok: #166534; --warn: #854d0e; --bad: #b91c1c; --accent: #9a3412; --accent-text: #ffffff;
  --link: #1d4ed8;
  --button-primary-background-fill: #9a3412;
  --button-primary-background-fill-hover: #7c2d12;
  --button-primary-text-color: #ffffff;
  --button-primary-text-color-hover: #ffffff;
  --button-primary-border-color: #9a3412;
}
.dark {
  --block-info-text-color: #d1d5db;
  --body-text-color-subdued: #d1d5db;
  --ok: #86efac; --warn: #fde68a; --bad: #fca5a5; --accent: #fdba74; --accent-text: #1c1917;
  --link: #93c5fd;
  --button-primary-background-fill: #fdba74;
  --button-primary-background-fill-hover: #fed7aa;
  --button-primary-text-color: #1c1917;
  --button-primary-text-color-hover: #1c1917;
  --button-primary-border-color: #fdba74;
}
.view.off { display: none !important; }
.who { margin: 0; }
.who a, .detail a { color: var(--link); text-decoration: underline; }
button[role="tab"].selected { color: var(--accent); }
.name-state, .reason, .plan, .problem, .detail, .note { margin: .25rem 0; }
.name-state.free { color: var(--ok); }
.name-state.trackio { color: var(--warn); }
.name-state.taken, .name-state.invalid, .problem, .reason { color: var(--bad); }
.detail, .note { color: var(--body-text-color-subdued); font-size: .95em; }
.steps { list-style: none; padding: 0; margin: 0; }
.steps li { display: flex; gap: .6rem; align-items: baseline; padding: .3rem 0; }
.steps .mark { width: 1.4rem; text-align: center; font-weight: 700; }
.steps .failed .mark { color: var(--bad); }
.steps .done .mark { color: var(--ok); }
.steps .retry { color: var(--warn); font-weight: 600; }
.card h2 { margin: 0 0 .4rem; font-size: 1.35rem; }
.card h2:focus { outline: none; }
.card h2:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.card.done h2 { color: var(--ok); }
.card.failed h2, .card.refused h2 { color: var(--bad); }
.card .actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .6rem 0; }
.btn { display: inline-block; padding: .45rem .9rem; border-radius: .5rem; font-weight: 600;
  border: 1px solid var(--border-color-primary); background: var(--button-secondary-background-fill);
  color: var(--body-text-color); text-decoration: none; cursor: pointer; font-size: 1rem; }
.btn.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-text); }
.btn:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
pre.snippet, pre.badge { white-space: pre-wrap; overflow-wrap: anywhere; overflow-x: auto;
  padding: .6rem .8rem; border-radius: .5rem; background: var(--background-fill-secondary);
  color: var(--body-text-color); border: 1px solid var(--border-color-primary); }
.preview { width: 100%; height: 420px; border: 1px solid var(--border-color-primary);
  border-radius: .5rem; margin-top: .5rem; background: #fff; }
#signed-out button.huggingface { max-width: 24rem; }
.dark #signed-out button.huggingface { background: #f9fafb; color: #111827; border-color: #f9fafb; }
.deploy-row { align-items: center; }
#deploy-button { align-self: center; min-width: 10rem; flex-grow: 0; }
.page-title h1 { margin: 0 0 .2rem; font-size: 1.7rem; }
.page-title p { margin: 0; }
@media (max-width: 640px) {
  .page-title h1 { font-size: 1.35rem; }
  .preview { height: 320px; }
}
"""

# The click on Deploy (or Enter in the name) shows the deploy view in the same frame, before
# gradio handles the event; gradio's own update, a moment later, sets the same classes.
SHOW_AT_ONCE = f"""
<script>
(() => {{
  const deployView = () => {{
    const button = document.querySelector('#{ElementId.DEPLOY}');
    if (!button || button.disabled) return;
    document.querySelector('#{ElementId.FORM}')?.classList.add('off');
    document.querySelector('#{ElementId.DEPLOY_VIEW}')?.classList.remove('off');
  }};
  document.addEventListener('click', (event) => {{
    if (event.target.closest && event.target.closest('#{ElementId.DEPLOY}')) deployView();
  }}, true);
  document.addEventListener('keydown', (event) => {{
    const inName = event.target.closest && event.target.closest('#{ElementId.NAME}');
    if (event.key === 'Enter' && inName) deployView();
  }}, true);
}})();
</script>
"""

# Live timers: a step's `data-elapsed` and a retry's `data-countdown` were right when the server
# sent them; from then on the browser counts, so the page needs no update each second.
TIMERS = """
<script>
(() => {
  const seen = new WeakMap();
  const since = (el, now) => { if (!seen.has(el)) seen.set(el, now); return (now - seen.get(el)) / 1000; };
  const clock = (s) => s < 60 ? `${Math.floor(s)} s` : `${Math.floor(s / 60)} min ${Math.floor(s % 60)} s`;
  setInterval(() => {
    const now = performance.now();
    document.querySelectorAll('[data-elapsed]').forEach((el) => {
      el.textContent = clock(parseFloat(el.dataset.elapsed) + since(el, now));
    });
    document.querySelectorAll('[data-countdown]').forEach((el) => {
      const left = Math.max(0, Math.ceil(parseFloat(el.dataset.countdown) - since(el, now)));
      el.textContent = `retrying in ${left} s (attempt ${el.dataset.attempt})`;
    });
  }, 250);
})();
</script>
"""
HEAD = SHOW_AT_ONCE + TIMERS

# The deploy view before the server's first answer, of each kind (a static one has no build).
_STARTING = {kind.value: starting_html("__SPACE__", kind) for kind in Kind}

# On Deploy (or Enter in the name), before any server call: the deploy view replaces the form.
# Nothing happens when Deploy is off.
SHOW_DEPLOY_VIEW = f"""
(owner, name, kind) => {{
  if (document.querySelector('#{ElementId.DEPLOY}')?.disabled) return [undefined, undefined, undefined, undefined];
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${{c.charCodeAt(0)}};`);
  const space = esc(`${{owner}}/${{(name || '').trim()}}`);
  const hidden = {{__type__: 'update', elem_classes: {json.dumps(VIEW_OFF)}}};
  const shown = {{__type__: 'update', elem_classes: {json.dumps(VIEW_ON)}}};
  const [summary, steps] = {json.dumps(_STARTING)}[kind] || {json.dumps(_STARTING[Kind.LIVE])};
  setTimeout(() => document.querySelector('#{ElementId.SUMMARY} h2')?.focus(), 30);
  return [hidden, shown, summary.replace('__SPACE__', space), steps];
}}
"""

# Enter in the name is a click of Deploy when it is on, and nothing when it is off (its reason
# is beside it). A `js` that threw to stop the event would mark the form's fields as failed.
DEPLOY_ON_ENTER = f"""
() => {{
  const button = document.querySelector('#{ElementId.DEPLOY}');
  if (button && !button.disabled) button.click();
}}
"""


def name_after_pause(position: int) -> str:
    """The name is looked up once the person pauses: each keystroke waits, and only the last one,
    still current after the pause, reaches the server (the others wait forever, without a call:
    a thrown error would mark the form's fields as failed).
    `position` is the name's place among the event's inputs."""
    return f"""
async (...values) => {{
  const box = document.querySelector('#{ElementId.NAME} input, #{ElementId.NAME} textarea');
  const typed = box ? box.value : values[{position}];
  await new Promise((done) => setTimeout(done, {NAME_PAUSE_MS}));
  if (box && box.value !== typed) return new Promise(() => {{}});  // typing went on
  values[{position}] = typed;
  return values;
}}
"""


# The deploy view's card: its buttons send their `data-action` to the server, "Copy snippet"
# copies on the client, and a new phase (running, done, failed) takes the keyboard focus.
SUMMARY_ON_LOAD = """
let phase = null;
element.addEventListener('click', (event) => {
  const copy = event.target.closest('[data-copy]');
  if (copy) {
    const code = element.querySelector('.snippet code');
    const copied = () => { copy.textContent = 'Copied'; setTimeout(() => { copy.textContent = 'Copy snippet'; }, 1500); };
    if (navigator.clipboard) navigator.clipboard.writeText(code.textContent).then(copied, () => {});
    return;
  }
  const button = event.target.closest('[data-action]');
  if (button) trigger('click', {action: button.dataset.action});
});
const focus = () => {
  const card = element.querySelector('[data-phase]');
  if (card && card.dataset.phase !== phase) {
    phase = card.dataset.phase;
    if (element.offsetParent !== null) card.querySelector('h2')?.focus();
  }
};
watch('value', focus);
"""

# Back to the form: the keyboard focus goes to the Space name.
FOCUS_NAME = f"""
() => {{ setTimeout(() => {{
  if (document.querySelector('#{ElementId.FORM}')?.offsetParent === null) return;  // not in view
  document.querySelector('#{ElementId.NAME} input, #{ElementId.NAME} textarea')?.focus();
}}, 50); }}
"""
