"""Small scripts the page runs: session address, IME guard, kiosk idle reset."""

SET_URL_JS = """
(token) => {
  const url = new URL(window.location.href);
  if (token) { url.searchParams.set('s', token); } else { url.searchParams.delete('s'); }
  window.history.replaceState(null, '', url);
  return [];
}
"""

# While an input method is composing (Chinese, Japanese...), Enter confirms the
# characters; it must never send the message.
IME_GUARD_HEAD = """
<script>
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.isComposing || e.keyCode === 229)) { e.stopImmediatePropagation(); }
}, true);
</script>
"""


def kiosk_idle_head(minutes: float) -> str:
    """After ``minutes`` without input, press the hidden idle-reset button."""
    return f"""
<script>
(() => {{
  const limit = {minutes * 60_000:.0f};
  let last = Date.now();
  for (const kind of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart']) {{
    document.addEventListener(kind, () => {{ last = Date.now(); }}, true);
  }}
  setInterval(() => {{
    if (Date.now() - last < limit) return;
    last = Date.now();
    const button = document.querySelector('#idle-reset');
    if (button) button.click();
  }}, 1000);
}})();
</script>
"""
