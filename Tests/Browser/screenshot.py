#!/usr/bin/env python3
"""Take screenshots of a built Versus site with headless Chromium.

Usage:
    python3 Tests/Browser/screenshot.py SITE_DIR PNG_DIR [--print] [--page PATH ...]

SITE_DIR is the output folder of `versus build`; PNG_DIR receives the PNGs,
named <page>-<width>-<scheme>.png. For every page and width the script
prints whether the page scrolls horizontally
(document.documentElement.scrollWidth > window.innerWidth), which must
never happen, and lists the elements that stick out of the viewport.
The exit status is 1 if any page overflows, 0 otherwise.

--print also saves a print-media rendering of each page at 1280 px.
--page limits the run to the given page paths (relative to SITE_DIR).
"""

import argparse
import os
import sys
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = "/usr/bin/chromium"

PAGES = [
    "index.html",
    "comparisons/open-source-vs-proprietary/index.html",
    "models/qwen-3-5/index.html",
    "about/index.html",
]
WIDTHS = [390, 1280]
SCHEMES = ["light", "dark"]
MAX_HEIGHT = 4000

# Elements whose right edge lies beyond the viewport and that are not inside
# a horizontally scrolling container (these are what widen the page).
OFFENDERS_JS = """
const vw = window.innerWidth;
const out = [];
function clipped(el) {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const ox = getComputedStyle(p).overflowX;
    if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') return true;
  }
  return false;
}
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.right > vw + 0.5 && !clipped(el)) {
    let d = el.tagName.toLowerCase();
    if (el.id) d += '#' + el.id;
    if (el.className && typeof el.className === 'string') d += '.' + el.className.trim().split(/\\s+/).join('.');
    out.push(d + ' right=' + Math.round(r.right));
  }
}
return out.slice(0, 10);
"""


def make_driver():
    options = Options()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--disable-dev-shm-usage",
                "--force-device-scale-factor=1"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def set_viewport(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height,
        "deviceScaleFactor": 1, "mobile": False,
    })


def set_media(driver, scheme, media=""):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": media,
        "features": [{"name": "prefers-color-scheme", "value": scheme}],
    })


def slug(page):
    parts = [p for p in Path(page).parts if p != "index.html"]
    return "-".join(parts) or "home"


def shoot(driver, url, width, scheme, png, media=""):
    set_media(driver, scheme, media)
    set_viewport(driver, width, 900)
    driver.get(url)
    height = driver.execute_script(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);")
    height = max(600, min(int(height), MAX_HEIGHT))
    set_viewport(driver, width, height)
    overflow = driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth];")
    offenders = driver.execute_script(OFFENDERS_JS) if overflow[0] > overflow[1] else []
    driver.save_screenshot(str(png))
    return overflow, offenders


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("site_dir")
    ap.add_argument("png_dir")
    ap.add_argument("--print", action="store_true", dest="print_media",
                    help="also render print media at 1280 px")
    ap.add_argument("--page", action="append", help="page path(s) to shoot")
    args = ap.parse_args()

    site = Path(args.site_dir).resolve()
    pngs = Path(args.png_dir)
    pngs.mkdir(parents=True, exist_ok=True)
    pages = args.page or PAGES

    failed = False
    driver = make_driver()
    try:
        for page in pages:
            path = site / page
            if not path.is_file():
                print(f"MISSING {page}")
                failed = True
                continue
            url = path.as_uri()
            for width in WIDTHS:
                for scheme in SCHEMES:
                    png = pngs / f"{slug(page)}-{width}-{scheme}.png"
                    (sw, iw), offenders = shoot(driver, url, width, scheme, png)
                    if scheme == "light":
                        over = sw > iw
                        failed |= over
                        print(f"{page} @ {width}px: horizontal overflow = {over} "
                              f"(scrollWidth {sw}, innerWidth {iw})")
                        for o in offenders:
                            print(f"    sticks out: {o}")
            if args.print_media:
                png = pngs / f"{slug(page)}-print.png"
                shoot(driver, url, 1280, "light", png, media="print")
    finally:
        driver.quit()
    print(f"screenshots in {os.path.abspath(pngs)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
