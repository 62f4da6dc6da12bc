"""Regenerate docs/graph.png: the sample build's page in Debian's Chromium, focused on one person.

Run from the repository root after `kgnews build`: .venv/bin/python docs/make_screenshot.py
"""

from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def main(person: str = "Phan Trọng Nghĩa") -> None:
    page_url = (ROOT / "outputs" / "graph.html").as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto(page_url)
        page.wait_for_function("window.kgnews && window.kgnews.data")
        page.fill("#kg-search", person)
        page.keyboard.press("Enter")
        page.evaluate(f"kgnews.focus(kgnews.data.nodes.findIndex(x => x.label === {person!r}), 1)")
        page.wait_for_timeout(2000)
        page.screenshot(path=str(ROOT / "docs" / "graph.png"))
        browser.close()


if __name__ == "__main__":
    main()
