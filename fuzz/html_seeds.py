"""Write HTML seeds for the clean_html fuzz target: the WordPress sample's HTML fields, and a few shapes."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "samples"
SHAPES = [
    "<p>Sent to<strong> </strong>Ukraine&nbsp;now.</p><p>Next</p>",
    "<div><em>Wash</em>ington<br>line two<pre>  kept\n  lines</pre></div>",
    "<!DOCTYPE html><html><head><title>T</title><script>x()</script></head><body><article><h1>H</h1>"
    "<p>Body &amp; more &#8217; &#x2019;</p></article><footer>f</footer></body></html>",
    '<?xml version="1.0" encoding="utf-8"?><root><p>x</p></root>',
    "<table><tr><td>a</td><td>b</td></tr></table><ul><li>one<li>two</ul>",
]


def main() -> None:
    out = Path(sys.argv[1])
    post = json.loads((SAMPLES / "002_9bb39093bd7addb8.txt").read_text(encoding="utf-8"))
    posts = post if isinstance(post, list) else [post]
    seeds = list(SHAPES)
    for item in posts:
        for key in ("content", "excerpt", "title"):
            value = item.get(key)
            if isinstance(value, dict) and isinstance(value.get("rendered"), str):
                seeds.append(value["rendered"])
    for seed in seeds:
        data = seed.encode("utf-8")
        (out / f"seed-{hashlib.sha1(data).hexdigest()[:12]}").write_bytes(data)


if __name__ == "__main__":
    main()
