"""Small scripts the page runs: session address, IME guard, kiosk idle reset."""

# The session token lives in the address's fragment (#s=...), which a browser never sends to
# a server: no access log or proxy records it, and the page's API calls do not repeat it.
SET_URL_JS = """
(token) => {
  const url = new URL(window.location.href);
  url.searchParams.delete('s');
  url.hash = token ? 's=' + token : '';
  window.history.replaceState(null, '', url);
  return [];
}
"""

# On load: the token from #s=... (or from an older ?s=... link, moved into the fragment).
READ_TOKEN_JS = """
(current) => {
  const url = new URL(window.location.href);
  const fromHash = new URLSearchParams(url.hash.slice(1)).get('s');
  const fromQuery = url.searchParams.get('s');
  if (fromQuery) {
    url.searchParams.delete('s');
    url.hash = 's=' + (fromHash || fromQuery);
    window.history.replaceState(null, '', url);
  }
  return fromHash || fromQuery || '';
}
"""

# Opening another session from "My sessions" changes the fragment: load it afresh.
HASH_RELOAD_HEAD = """
<script>
window.addEventListener('hashchange', () => { window.location.reload(); });
</script>
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
