"""One self-contained HTML page: our template, pyvis's bundled vis-network, the data as inert JSON."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from typing import Any

import pyvis

VIS_NETWORK = "lib/vis-9.1.2/vis-network.min.js"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(data: Any) -> str:
    """`data` as JSON that cannot end its `<script>` element or open a comment: `<>&` and U+2028/9 escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda match: _JSON_ESCAPES[match.group()], text)


@cache
def _asset(name: str) -> str:
    return resources.files("kgnews.viz").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def _vis_network() -> str:
    """vis-network's JavaScript as shipped inside the pyvis package (no CDN, no download)."""
    return resources.files(pyvis).joinpath(VIS_NETWORK).read_text(encoding="utf-8")


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(scripts: list[str]) -> str:
    """Nothing may load from anywhere; only our own inline scripts, identified by hash, may run."""
    hashes = " ".join(_sha256(script) for script in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def render_page(payload: dict[str, Any]) -> str:
    """The whole HTML document for a payload from `build_payload`."""
    scripts = [_vis_network(), _asset("page.js")]
    parts = {
        "csp": html.escape(content_security_policy(scripts)),
        "title": html.escape(str(payload.get("title", "kgnews"))),
        "style": _asset("page.css"),
        "data": script_json(payload),
        "vis": scripts[0],
        "app": scripts[1],
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda match: parts[match.group(1)], _asset("page.html"))
