#!/usr/bin/env python3
"""Deterministic benchmark corpus for Versus and Hugo.

    python3 Benchmarks/generate.py --articles N --out DIR [--seed S] [--shape standard|short|long]

writes three views of one corpus:

    DIR/versus/  a Versus site folder: site.yml and Content/ (the embedded theme)
                 (the last two copied from the repository)
    DIR/hugo/    the same pages as a Hugo site: hugo.toml, content/, layouts/, static/
    DIR/floor/   the Markdown bodies alone (no front matter), one file per page,
                 for the cmark-gfm floor

N comparison articles shaped like Content/comparisons/open-source-vs-proprietary.md
(front matter with tags, 5-7 H2 sections with H3s, 3-5 pipe tables naming models,
lists, links, about 1,500-2,000 words) and 40 model pages. Two other shapes stress
other parts of a build: --shape short (articles of 250-450 words, mostly a list of
10-16 models named in the text, so mention linking and the site's lists dominate)
and --shape long (every section of the standard shape plus a section per featured
model: about 4,000 words, 8-10 tables, and chart and `models` blocks on every
article, so tables, charts and the search index dominate). The same arguments give
byte-identical output: every article draws from its own random.Random seeded with
(seed, article number), and nothing depends on the clock, the file system order or
PYTHONHASHSEED.

Articles are the same bytes in both sites (Hugo reads `last_updated` as the page
date through hugo.toml's [frontmatter] settings). Model pages differ in one key:
Hugo treats `aliases` as redirect URLs, so the Hugo copy names it `also_known_as`.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 20260410
# Article dates: 1 June 2024 to 10 April 2026, never in the future (Hugo leaves future pages out).
FIRST_DAY = datetime.date(2024, 6, 1)
DAY_SPAN = (datetime.date(2026, 4, 10) - FIRST_DAY).days + 1

# --------------------------------------------------------------------------- data

# title, vendor, weights, license, aliases, parameters, hardware, tier
# tier: 3 premium, 2 mid, 1 budget (drives prices and scores)
MODELS_SPEC = [
    ("GPT-5.4", "OpenAI", "proprietary", None, [], None, None, 3),
    ("GPT-5.4 Thinking", "OpenAI", "proprietary", None, [], None, None, 3),
    ("GPT-5.4 Mini", "OpenAI", "proprietary", None, [], None, None, 1),
    ("OpenAI o1", "OpenAI", "proprietary", None, ["o1"], None, None, 3),
    ("Claude Opus 4.6", "Anthropic", "proprietary", None, ["Opus 4.6"], None, None, 3),
    ("Claude Sonnet 4.6", "Anthropic", "proprietary", None, ["Sonnet 4.6"], None, None, 2),
    ("Claude Haiku 4.5", "Anthropic", "proprietary", None, [], None, None, 1),
    ("Gemini 3.1 Pro", "Google", "proprietary", None, [], None, None, 3),
    ("Gemini 3 Flash", "Google", "proprietary", None, ["Gemini Flash"], None, None, 1),
    ("Gemini 3.1 Flash-Lite", "Google", "proprietary", None, [], None, None, 1),
    ("Grok 4.20", "xAI", "proprietary", None, [], None, None, 2),
    ("Grok 4.20 Mini", "xAI", "proprietary", None, [], None, None, 1),
    ("Mistral Medium 3", "Mistral AI", "proprietary", None, [], None, None, 2),
    ("Codestral 2", "Mistral AI", "proprietary", None, [], None, None, 2),
    ("Amazon Nova Pro", "Amazon", "proprietary", None, ["Nova Pro"], None, None, 2),
    ("Amazon Nova Lite", "Amazon", "proprietary", None, ["Nova Lite"], None, None, 1),
    ("Reka Core", "Reka", "proprietary", None, [], None, None, 2),
    ("ERNIE 5", "Baidu", "proprietary", None, [], None, None, 2),
    ("Doubao 2 Pro", "ByteDance", "proprietary", None, [], None, None, 2),
    ("Yi Lightning 2", "01.AI", "proprietary", None, [], None, None, 1),
    ("Kimi K2.5", "Moonshot AI", "open", "Modified MIT", ["K2.5"], "1T-A32B", "8x NVIDIA H100 80GB", 3),
    ("MiniMax M2.7", "MiniMax", "open", "MIT", ["M2.7"], "230B-A10B", "4x NVIDIA H100 80GB", 2),
    ("GLM-5", "Zhipu AI", "open", "MIT", [], "744B-A40B", "8x NVIDIA A100 80GB", 3),
    ("DeepSeek R1", "DeepSeek", "open", "MIT", ["R1"], "671B", "8x NVIDIA A100 80GB", 3),
    ("DeepSeek V3.2", "DeepSeek", "open", "MIT", ["V3.2"], "685B", "8x NVIDIA A100 80GB", 2),
    ("Qwen 3.5", "Alibaba", "open", "Apache 2.0", ["Qwen 3.5 397B-A17B"], "397B-A17B", "8x NVIDIA A100 80GB", 3),
    ("Qwen 3.5 Coder", "Alibaba", "open", "Apache 2.0", [], "480B-A35B", "8x NVIDIA A100 80GB", 2),
    ("Llama 4 Maverick", "Meta", "open", "Llama 4 Community License", ["Maverick"], "400B-A17B", "4x A100 80GB", 2),
    ("Llama 4 Scout", "Meta", "open", "Llama 4 Community License", ["Scout"], "109B-A17B", "1x NVIDIA H100 80GB", 1),
    ("Mistral 3", "Mistral AI", "open", "Apache 2.0", ["Mistral Large 3"], "675B-A41B", "4x A100 80GB", 2),
    ("Mistral Small 3.2", "Mistral AI", "open", "Apache 2.0", [], "24B", "1x RTX 4090 24GB", 1),
    ("Gemma 4", "Google", "open", "Gemma Terms of Use", ["Gemma 4 E2B"], "27B", "1x RTX 4090 24GB", 1),
    ("Nemotron-Cascade 2", "NVIDIA", "open", "NVIDIA Open Model License", [], "30B-A3B", "1x RTX 4090 24GB", 1),
    ("Phi-5", "Microsoft", "open", "MIT", [], "14B", "1x RTX 4090 24GB", 1),
    ("OLMo 3", "Ai2", "open", "Apache 2.0", [], "32B", "1x NVIDIA A100 80GB", 1),
    ("Granite 4", "IBM", "open", "Apache 2.0", [], "32B-A9B", "1x RTX 4090 24GB", 1),
    ("Falcon 4", "TII", "open", "Falcon LLM License", [], "180B", "4x A100 80GB", 1),
    ("Command A", "Cohere", "open", "CC BY-NC 4.0", [], "111B", "2x NVIDIA A100 80GB", 2),
    ("Jamba Large 2", "AI21 Labs", "open", "Jamba Open Model License", [], "398B-A94B", "8x NVIDIA A100 80GB", 2),
    ("Hunyuan T2", "Tencent", "open", "Tencent Hunyuan License", [], "389B-A52B", "8x NVIDIA A100 80GB", 2),
]

CATEGORIES = ["reasoning", "coding", "math", "writing", "multilingual", "speed"]

TAGS = [
    "open-source", "proprietary", "open-weights", "self-hosting", "comparison", "cost-analysis",
    "coding", "math", "reasoning", "writing", "multilingual", "speed", "privacy", "fine-tuning",
    "edge", "enterprise", "agents", "long-context", "rag", "latency", "benchmarks", "pricing",
    "hardware", "quantization", "compliance", "budget", "premium", "customer-support",
    "data-extraction", "translation",
]

# (display phrase, tag it implies)
TOPICS = [
    ("coding", "coding"), ("math", "math"), ("reasoning", "reasoning"), ("long-form writing", "writing"),
    ("multilingual support", "multilingual"), ("low-latency chat", "latency"), ("customer support", "customer-support"),
    ("data extraction", "data-extraction"), ("translation", "translation"), ("agent workflows", "agents"),
    ("retrieval-augmented generation", "rag"), ("long documents", "long-context"), ("fine-tuning", "fine-tuning"),
    ("edge devices", "edge"), ("regulated industries", "compliance"), ("startups on a budget", "budget"),
    ("enterprise deployments", "enterprise"), ("self-hosting", "self-hosting"), ("private data", "privacy"),
    ("quantized inference", "quantization"), ("code review", "coding"), ("legal research", "long-context"),
    ("financial analysis", "reasoning"), ("healthcare records", "privacy"), ("education", "writing"),
]

HARDWARE_SETUPS = [
    ("High-end (FP16)", "8x NVIDIA A100 80GB", "~$15,000-20,000/month", "~$120,000 one-time", "~50-100M tokens/month"),
    ("High-end (FP8)", "8x NVIDIA H100 80GB", "~$18,000-24,000/month", "~$240,000 one-time", "~80-150M tokens/month"),
    ("Mid-range (FP16)", "4x A100 80GB", "~$8,000-10,000/month", "~$60,000", "~30-50M tokens/month"),
    ("Mid-range (Q8)", "2x NVIDIA A100 80GB", "~$4,000-5,000/month", "~$30,000", "~15-25M tokens/month"),
    ("Workstation", "2x RTX 4090 24GB", "—", "~$4,500 one-time", "~5M tokens/month"),
    ("Consumer", "1x RTX 4090 24GB", "—", "~$2,000 one-time", "Immediate"),
]

USE_CASES = [
    "General purpose", "Coding", "Coding (budget hardware)", "Coding (API, cheapest)", "Math/reasoning",
    "Multilingual", "European compliance", "Consumer hardware", "Phone/edge", "Community/ecosystem",
    "Customer support", "Document extraction", "Long-context analysis", "Agents and tool use", "Translation",
]

FIRST = ["Open-weight", "Closed", "Proprietary", "Self-hosted", "Budget", "Premium", "Small", "Frontier"]
NOUNS = ["teams", "developers", "startups", "enterprises", "researchers", "editors", "analysts", "operators"]
ADJ = ["practical", "measurable", "noticeable", "modest", "clear", "narrow", "wide", "surprising", "steady", "real"]
VERBS = ["leads", "trails", "matches", "edges out", "falls behind", "keeps pace with", "outscores", "undercuts"]


def slug(text: str) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def money(value: float) -> str:
    return f"${value:,.2f}"


# --------------------------------------------------------------------------- models

class Model:
    __slots__ = ("title", "id", "vendor", "weights", "license", "aliases", "parameters", "hardware",
                 "tier", "pricing", "scores", "released", "description", "tags", "is_open")

    def __init__(self, spec, rng: random.Random):
        (self.title, self.vendor, self.weights, self.license, self.aliases, self.parameters,
         self.hardware, self.tier) = spec
        self.id = slug(self.title)
        self.is_open = self.weights == "open"
        base = {3: 90, 2: 84, 1: 78}[self.tier] + rng.randint(-2, 3)
        scores = {}
        for cat in CATEGORIES:
            value = base + rng.randint(-6, 6)
            if cat == "speed":
                value = 100 - (base - 70) + rng.randint(-4, 4)
            if cat == "writing" and self.is_open:
                value -= rng.randint(2, 7)
            scores[cat] = max(55, min(98, value))
        # A quarter of the models leave a category or two out, as real pages do.
        if rng.random() < 0.25:
            for cat in rng.sample(CATEGORIES, rng.randint(1, 2)):
                del scores[cat]
        self.scores = scores
        if self.is_open and rng.random() < 0.2:
            self.pricing = None  # self-hosted only
        else:
            if self.is_open:
                inp = rng.choice([0.10, 0.15, 0.20, 0.27, 0.30, 0.40, 0.53, 0.55, 0.60, 0.90])
                out = round(inp * rng.choice([1, 2, 3, 4]) + rng.choice([0, 0.09, 0.19]), 2)
            else:
                inp = {3: rng.choice([2.00, 3.00, 5.00, 10.00, 15.00]), 2: rng.choice([0.80, 1.00, 1.25, 2.00, 3.00]),
                       1: rng.choice([0.10, 0.15, 0.25, 0.40, 1.00])}[self.tier]
                out = round(inp * rng.choice([3, 4, 5, 6]), 2)
            self.pricing = (inp, out)
        self.released = f"{rng.choice([2024, 2025, 2025, 2026])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        kind = "open-weight" if self.is_open else "proprietary"
        best = max(self.scores, key=self.scores.get) if self.scores else "general use"
        self.description = f"{self.vendor}'s {kind} {self.title}, strongest in {best}."
        tags = ["open-weights" if self.is_open else "proprietary", {3: "premium", 2: "enterprise", 1: "budget"}[self.tier]]
        if self.scores:
            tags.append(best)
        self.tags = tags

    def score(self, cat: str):
        return self.scores.get(cat)

    def front_matter(self, hugo: bool) -> str:
        lines = ["---", f"title: {q(self.title)}", "type: model", f"id: {self.id}",
                 f"description: {q(self.description)}", f"vendor: {q(self.vendor)}", f"weights: {self.weights}"]
        if self.license:
            lines.append(f"license: {q(self.license)}")
        if self.aliases:
            key = "also_known_as" if hugo else "aliases"
            lines.append(f"{key}: [{', '.join(q(a) for a in self.aliases)}]")
        if self.parameters:
            lines.append(f"parameters: {self.parameters}")
        lines.append(f"released: {self.released}")
        if self.pricing:
            lines.append(f"pricing: {{input: {self.pricing[0]:.2f}, output: {self.pricing[1]:.2f}}}")
        if self.scores:
            lines.append("scores: {" + ", ".join(f"{k}: {v}" for k, v in self.scores.items()) + "}")
        if self.hardware:
            lines.append(f"hardware: {q(self.hardware)}")
        lines.append(f"tags: [{', '.join(self.tags)}]")
        lines.append("---")
        return "\n".join(lines) + "\n\n"


def make_models(seed: int) -> list[Model]:
    rng = random.Random(f"{seed}:models")
    return [Model(spec, rng) for spec in MODELS_SPEC]


# --------------------------------------------------------------------------- prose

class Slots(dict):
    """Sentence slots, drawn on first use so that a template pays only for what it names."""

    def __init__(self, gen: "ArticleWriter"):
        super().__init__()
        self.g = gen

    def __missing__(self, key):
        g = self.g
        r = g.rng
        if key == "m":
            value = g.pick_model().title
        elif key == "m2":
            value = g.pick_model(exclude=self.get("m")).title
        elif key == "ml":
            value = g.model_link()
        elif key == "al":
            value = g.article_link()
        elif key == "cat":
            value = r.choice(CATEGORIES)
        elif key == "s":
            model = g.by_title[self["m"]]
            value = str(model.score(self["cat"]) or r.randint(70, 95))
        elif key == "s2":
            model = g.by_title[self["m2"]]
            value = str(model.score(self["cat"]) or r.randint(70, 95))
        elif key == "pm":
            value = g.pick_model(priced=True).title
        elif key == "price":
            value = money(g.by_title[self["pm"]].pricing[0])
        elif key == "oprice":
            value = money(g.by_title[self["pm"]].pricing[1])
        elif key == "v":
            value = g.by_title[self["m"]].vendor
        elif key == "topic":
            value = g.topic
        elif key == "n":
            value = str(r.randint(2, 12))
        elif key == "vol":
            value = f"{r.choice([5, 10, 20, 30, 50, 80, 100, 200])}M"
        elif key == "pct":
            value = f"{r.randint(40, 89)}.{r.randint(0, 9)}%"
        elif key == "adj":
            value = r.choice(ADJ)
        elif key == "verb":
            value = r.choice(VERBS)
        elif key == "who":
            value = r.choice(NOUNS)
        elif key == "code":
            value = r.choice(["`temperature=0.2`", "`max_tokens`", "`Q4_K_M`", "`--ctx-size 32768`", "`vllm serve`",
                              "`top_p`", "`bf16`", "`tool_choice: auto`", "`json_schema`", "`--tensor-parallel-size 8`"])
        elif key == "quant":
            value = r.choice(["`Q4_K_M`", "`Q5_K_M`", "`Q8_0`", "`AWQ 4-bit`", "`GPTQ 4-bit`", "`FP8`"])
        elif key == "hw":
            value = r.choice(["one RTX 4090", "a pair of A100 80GB cards", "eight H100s", "a single H100",
                              "a MacBook with 64GB of unified memory", "four A100 80GB cards"])
        else:
            raise KeyError(key)
        self[key] = value
        return value


SENTENCES = [
    "{m} scores {s} on {cat}, against {s2} for {m2}.",
    "On {cat}, {m} {verb} {m2} by a {adj} margin.",
    "For {topic}, the difference between {m} and {m2} is {adj} rather than decisive.",
    "Most {who} we spoke to start with {m} and only move to {m2} when the workload demands it.",
    "{pm} costs {price} per million input tokens and {oprice} per million output tokens.",
    "That price puts {m} in a different bracket from {m2}, which matters once volume passes {vol} tokens a month.",
    "If your prompts are long, the input price of {m} dominates the bill, not the output price.",
    "The published figure of {pct} for {m} comes from the vendor's own evaluation, so treat it with *some* caution.",
    "We reran the suite with {code} and saw the same ordering, within {n} points.",
    "{v} ships {m} with a generous context window, which helps for {topic}.",
    "The gap on {cat} is {n} points, small enough that prompt design moves the result more than the choice of model.",
    "Where {m} stands out is consistency: it rarely produces an answer that needs a second attempt.",
    "**In short:** {m} is the safer default for {topic}, and {m2} the cheaper one.",
    "Self-hosting {m} takes {hw}, which changes the arithmetic for {who} who already own the hardware.",
    "Quantized to {quant}, {m} still holds most of its {cat} score while fitting on {hw}.",
    "Our earlier piece, {al}, covers the same ground from the pricing side.",
    "See {ml} for the full data sheet, including license terms and hardware needs.",
    "Compared with {ml}, the newer model answers faster and wanders off topic less often.",
    "It is *not* a universal winner: on {cat} it {verb} {m2}.",
    "Teams that need predictable bills tend to pick {m}, because its pricing has not changed in {n} months.",
    "The benchmark numbers hide a ~~simple~~ more nuanced story about failure modes on edge cases.",
    "In blind reviews, editors preferred the output of {m} in {pct} of cases.",
    "Latency matters as much as quality for {topic}, and here {m} {verb} {m2}.",
    "None of this replaces a trial on your own data; a week with {m} and {m2} side by side tells you more than any table.",
    "{m2} remains the reference point that the others are measured against on {cat}.",
    "Setting {code} reduced the variance of {m} noticeably in our runs.",
    "Running {m} behind an internal gateway keeps prompts inside your own network, which settles the question for {who} in regulated fields.",
    "License terms differ: check whether the terms of {m} allow the commercial use you have in mind.",
    "Fine-tuning {m} on a few thousand domain examples closed most of the gap to {m2} on {topic}.",
    "For the numbers behind this, read {al}.",
]

BOLD_LEADS = [
    "Quality", "Cost", "Latency", "Privacy", "Operations", "Licensing", "Hardware", "Support", "Scale", "Risk",
]


class ArticleWriter:
    def __init__(self, seed: int, index: int, titles: list[tuple[str, str, int, int, int]], models: list[Model],
                 by_title: dict[str, Model]):
        self.rng = random.Random(f"{seed}:article:{index}")
        self.index = index
        self.titles = titles
        self.models = models
        self.by_title = by_title
        self.open_models = [m for m in models if m.is_open]
        self.closed_models = [m for m in models if not m.is_open]
        r = self.rng
        if index >= 0:
            _, _, ti, ai, bi = titles[index]
            self.topic, self.topic_tag = TOPICS[ti]
            self.pair = [models[ai], models[bi]]
        else:  # a model page
            self.topic, self.topic_tag = r.choice(TOPICS)
            self.pair = r.sample(models, 2)
        others = [m for m in models if m not in self.pair]
        self.featured = self.pair + r.sample(others, r.randint(6, 12))
        self.models_block_in_cost = False
        self.priced = [m for m in self.featured if m.pricing] or [m for m in models if m.pricing]

    # -- picks
    def pick_model(self, exclude: str | None = None, priced: bool = False) -> Model:
        pool = self.priced if priced else self.featured
        while True:
            m = self.rng.choice(pool)
            if m.title != exclude:
                return m

    def model_link(self) -> str:
        m = self.pick_model()
        return f"[{m.title}](/models/{m.id}/)"

    def article_link(self) -> str:
        n = len(self.titles)
        if n == 1:
            return "[about this site](/about/)"
        if self.index < 0:  # a model page
            j = self.rng.randrange(n)
        else:
            j = self.rng.randrange(n - 1)
            if j >= self.index:
                j += 1
        title, ident = self.titles[j][:2]
        return f"[{title}](/comparisons/{ident}/)"

    # -- prose
    def sentence(self) -> str:
        return self.rng.choice(SENTENCES).format_map(Slots(self))

    def paragraph(self, lo: int = 3, hi: int = 5) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def bold_paragraph(self) -> str:
        return f"**{self.rng.choice(BOLD_LEADS)}.** " + self.paragraph(2, 4)

    def bullets(self, lo: int = 3, hi: int = 5, bold: bool = True) -> list[str]:
        out = []
        for _ in range(self.rng.randint(lo, hi)):
            lead = f"**{self.rng.choice(BOLD_LEADS)}:** " if bold else ""
            more = " " + self.sentence() if self.rng.random() < 0.5 else ""
            out.append(f"- {lead}{self.sentence()}{more}")
        return out

    def numbered(self, lo: int = 3, hi: int = 6) -> list[str]:
        return [f"{k}. **{self.sentence()}** {self.sentence()}" for k in range(1, self.rng.randint(lo, hi) + 1)]

    def best(self, cat: str, open_weights: bool) -> Model:
        """The best featured model of one kind on cat (any model when none is featured)."""
        for pool in (self.featured, self.models):
            scored = [m for m in pool if m.is_open == open_weights and cat in m.scores]
            if scored:
                return max(scored, key=lambda m: (m.scores[cat], m.title))
        raise ValueError(cat)

    # -- sections; each returns (lines, tables)
    def sec_scores(self, blocks: bool):
        r = self.rng
        lines = ["## Where the Performance Gap Stands", "", self.paragraph(2, 3), "",
                 "| Category | Best Proprietary | Score | Best Open Source | Score | Gap |",
                 "|----------|------------------|------:|------------------|------:|----:|"]
        for cat in CATEGORIES:
            closed = self.best(cat, open_weights=False)
            opened = self.best(cat, open_weights=True)
            a, b = closed.scores[cat], opened.scores[cat]
            gap = f"{a - b} pt{'s' if a - b > 1 else ''}" if a > b else ("Level" if a == b else "Open wins")
            lines.append(f"| {cat.capitalize()} | {closed.title} | {a} | {opened.title} | {b} | {gap} |")
        lines.append("")
        if blocks:
            lines += ["```chart", "type: bar", "title: Best proprietary vs best open model by category",
                      "x: Category", "y: [3, 5]", "labels: [Proprietary, Open]", "```", ""]
        lines += ["### What the Numbers Show", ""] + self.bullets(3, 5) + ["", self.paragraph(2, 4)]
        if r.random() < 0.5:
            lines += ["", "### Where the Scores Mislead", "", self.paragraph(2, 4)]
        return lines, 1

    def sec_cost(self, blocks: bool):
        r = self.rng
        priced = [m for m in self.featured if m.pricing]
        priced.sort(key=lambda m: (-m.pricing[0], m.title))
        lines = ["## Cost Analysis", "", self.paragraph(2, 3), "", "### API Pricing Comparison", "",
                 "Prices are in US dollars per million tokens.", "",
                 "| Model | Input | Output | Quality Tier |", "|-------|------:|-------:|--------------|"]
        stale = r.random() < 0.05  # one cell that disagrees with the model data
        for i, m in enumerate(priced):
            tier = {3: "Premium", 2: "Mid-tier", 1: "Budget"}[m.tier]
            price_in = m.pricing[0] + (0.01 if stale and i == 0 else 0)
            lines.append(f"| {m.title} | {money(price_in)} | {money(m.pricing[1])} | {tier} |")
        lines += ["| Self-hosted open source | Hardware only | Hardware only | Varies |", ""]
        if blocks and self.models_block_in_cost:
            lines += ["```models", "columns: [title, vendor, pricing.input, pricing.output]",
                      "headers: [Model, Vendor, Input $/M, Output $/M]", "where: {weights: open}",
                      "sort: pricing.input", f"limit: {r.randint(5, 10)}", "```", ""]
        lines += ["### Self-Hosting Cost Breakdown", "", self.paragraph(2, 3), "",
                  "| Setup | Models | Hardware | Cloud rental | Purchase | Break-even vs. proprietary API |",
                  "|-------|--------|----------|--------------|----------|--------------------------------|"]
        for setup in r.sample(HARDWARE_SETUPS, r.randint(3, 4)):
            names = ", ".join(m.title for m in r.sample(self.open_models, r.randint(2, 3)))
            lines.append(f"| {setup[0]} | {names} | {setup[1]} | {setup[2]} | {setup[3]} | {setup[4]} |")
        lines += [""]
        for _ in range(r.randint(2, 3)):
            lines += [self.bold_paragraph(), ""]
        lines += [f"**Rule of thumb:** {self.sentence()} {self.sentence()}"]
        return lines, 2

    def sec_head_to_head(self, blocks: bool):
        r = self.rng
        cats = CATEGORIES
        pool = self.featured
        if blocks:  # the chart below plots Reasoning and Coding: only rows with both
            pool = [m for m in pool if "reasoning" in m.scores and "coding" in m.scores]
        picked = r.sample(pool, min(len(pool), r.randint(5, 8)))
        lines = ["## Head to Head", "", self.paragraph(2, 4), "",
                 "| Model | Vendor | " + " | ".join(c.capitalize() for c in cats) + " |",
                 "|-------|--------|" + "|".join("---:" for _ in cats) + "|"]
        for m in picked:
            cells = [str(m.score(c)) if m.score(c) is not None else "—" for c in cats]
            lines.append(f"| {m.title} | {m.vendor} | " + " | ".join(cells) + " |")
        lines.append("")
        if blocks:
            lines += ["```chart", "type: bar", "title: Reasoning and coding by model", "x: Model",
                      "y: [Reasoning, Coding]", "```", ""]
        lines += ["### Reading the Table", "", self.paragraph(2, 4), "", self.paragraph(2, 3)]
        if blocks and not self.models_block_in_cost:
            lines += ["", "### From Our Model Data", "", self.sentence(), "", "```models",
                      "columns: [title, vendor, scores.reasoning, scores.coding]",
                      "headers: [Model, Vendor, Reasoning, Coding]", "where: {weights: open}",
                      "sort: -scores.coding", f"limit: {r.randint(5, 10)}", "```"]
        if blocks and r.random() < 0.5:
            lines += ["", "```chart", "type: scatter", "source: models", "x: pricing.output", "y: scores.coding",
                      "label: title", "```"]
        return lines, 1

    def sec_benchmarks(self, blocks: bool):
        r = self.rng
        picked = r.sample(self.featured, min(len(self.featured), r.randint(4, 7)))
        lines = ["## Benchmarks in Detail", "", self.paragraph(2, 3), "",
                 "| Model | SWE-bench | AIME | MMLU-Pro | Arena rank |", "|-------|----------:|-----:|---------:|-----------:|"]
        for rank, m in enumerate(picked, start=1):
            lines.append(f"| {m.title} | {r.randint(40, 82)}.{r.randint(0, 9)}% | {r.randint(60, 97)}/100 "
                         f"| {r.randint(70, 89)}.{r.randint(0, 9)}% | {rank} |")
        lines += ["", "### Caveats", "", self.paragraph(2, 4), ""] + self.bullets(3, 4, bold=False)
        return lines, 1

    def sec_picks(self, blocks: bool):
        r = self.rng
        lines = ["## Best Picks by Use Case", "", self.paragraph(1, 2), "",
                 "| Use Case | Recommended Model | Why |", "|----------|-------------------|-----|"]
        for use in r.sample(USE_CASES, r.randint(6, 10)):
            m = self.pick_model()
            cat = r.choice(CATEGORIES)
            why = f"{m.score(cat) or r.randint(80, 95)}/100 on {cat}"
            if m.license:
                why += f"; {m.license} license"
            if m.pricing:
                why += f"; {money(m.pricing[0])} input / {money(m.pricing[1])} output per million tokens"
            lines.append(f"| {use} | {m.title} | {why}. |")
        lines += ["", "### How We Chose", "", self.paragraph(2, 4)]
        return lines, 1

    def sec_latency(self, blocks: bool):
        r = self.rng
        picked = r.sample(self.featured, min(len(self.featured), r.randint(4, 6)))
        lines = ["## Latency and Throughput", "", self.paragraph(2, 3), "",
                 "| Model | Tokens/s | Time to first token | Context |", "|-------|---------:|--------------------:|--------:|"]
        for m in picked:
            lines.append(f"| {m.title} | {r.randint(40, 320)} | {r.randint(120, 1800)} ms | {r.choice([128, 200, 256, 1000, 2000])}K |")
        lines += ["", "### Under Load", "", self.paragraph(2, 4)]
        return lines, 1

    def sec_privacy(self, blocks: bool):
        lines = ["## Privacy and Data Sovereignty", "", self.paragraph(1, 2), ""]
        for _ in range(self.rng.randint(2, 3)):
            lines += [self.bold_paragraph(), ""]
        lines += ["### The Compromise", "", self.paragraph(2, 4)]
        return lines, 0

    def sec_customization(self, blocks: bool):
        r = self.rng
        lines = ["## Customization", "", self.paragraph(2, 3), ""] + self.bullets(4, 5) + [
            "", "### A Minimal Setup", "", f"Start the server with {Slots(self)['code']} and point your client at it:", "",
            "```bash", f"vllm serve {r.choice(self.open_models).id} --tensor-parallel-size {r.choice([1, 2, 4, 8])} \\",
            f"  --max-model-len {r.choice([32768, 65536, 131072])} --port 8000", "```", "", self.paragraph(2, 4)]
        return lines, 0

    def sec_when(self, blocks: bool):
        lines = ["## When to Use Proprietary APIs", "", self.paragraph(1, 2), ""] + self.numbered(4, 5) + [
            "", "### And When Not To", "", self.paragraph(3, 4)]
        return lines, 0

    def sec_checklist(self, blocks: bool):
        r = self.rng
        items = ["Measure your monthly token volume", "List the data that must not leave your network",
                 "Run a two-week trial with two candidate models", "Price the hardware you already own",
                 "Check each license for commercial use", "Agree on a quality bar with the people who read the output",
                 "Set a budget alert on every API key"]
        lines = ["## A Checklist Before You Choose", "", self.paragraph(1, 2), ""]
        for item in r.sample(items, r.randint(4, 6)):
            lines.append(f"- [{'x' if r.random() < 0.4 else ' '}] {item}")
        lines += ["", "### Common Mistakes", "", self.paragraph(2, 4)]
        return lines, 0

    def sec_verdict(self, blocks: bool):
        lines = ["## The Verdict", "", "### Choose open source first if", ""] + self.bullets(3, 5, bold=False) + [
            "", "### Choose proprietary first if", ""] + self.bullets(3, 5, bold=False) + [
            "", "### In practice: combine both", "", self.paragraph(2, 4)]
        return lines, 0

    TABLE_SECTIONS = ["sec_scores", "sec_cost", "sec_head_to_head", "sec_benchmarks", "sec_picks", "sec_latency"]
    PROSE_SECTIONS = ["sec_privacy", "sec_customization", "sec_when", "sec_checklist"]
    ORDER = ["sec_scores", "sec_head_to_head", "sec_benchmarks", "sec_latency", "sec_cost", "sec_privacy",
             "sec_customization", "sec_picks", "sec_when", "sec_checklist"]

    def document(self, title: str, ident: str, shape: str = "standard") -> str:
        if shape == "short":
            return self.short_document(title, ident)
        r = self.rng
        blocks = r.random() < 0.3 or shape == "long"
        footnote = r.random() < 0.35
        want_tables = r.randint(3, 5)
        sections_wanted = r.randint(5, 7) - 1  # the verdict comes last
        chosen, tables = [], 0
        order = r.sample(self.TABLE_SECTIONS, len(self.TABLE_SECTIONS))
        if blocks:  # the chart and models blocks live in the head-to-head section
            order.remove("sec_head_to_head")
            order.insert(0, "sec_head_to_head")
        self.models_block_in_cost = blocks and "sec_cost" in order[:2]
        if shape == "long":  # every section; the models block goes with the head-to-head
            want_tables, sections_wanted = 99, 99
            self.models_block_in_cost = False
        for name in order:
            t = 2 if name == "sec_cost" else 1
            if tables + t <= want_tables:
                chosen.append(name)
                tables += t
            if tables == want_tables:
                break
        prose = r.sample(self.PROSE_SECTIONS, len(self.PROSE_SECTIONS))
        while len(chosen) < sections_wanted and prose:
            chosen.append(prose.pop())
        chosen.sort(key=self.ORDER.index)
        if shape == "long":
            chosen.append("sec_each_model")
        chosen.append("sec_verdict")

        tags = {self.topic_tag, "comparison"}
        tags.update(r.sample([t for t in TAGS if t not in tags], r.randint(1, 4)))
        tags = sorted(tags, key=TAGS.index)
        day = (FIRST_DAY + datetime.timedelta(days=r.randrange(DAY_SPAN))).isoformat()
        m1, m2 = self.pair
        description = (f"How {m1.title}, {m2.title} and {len(self.featured) - 2} other models compare for "
                       f"{self.topic}: scores, prices, hardware and the right pick for each job.")
        out = self.front(title, ident, description, day, tags)
        intro = self.paragraph(2, 4)
        if footnote:
            intro += "[^1]"
        out += [intro, "", self.paragraph(2, 4) + f" For background, see {self.model_link()} and {self.article_link()}.", ""]
        for name in chosen:
            lines, _ = getattr(self, name)(blocks)
            out += lines
            out.append("")
        out.append(f"Related reading: {self.article_link()}, {self.article_link()} and {self.article_link()}.")
        if footnote:
            out += ["", f"[^1]: Scores and prices as of {day}; see https://versus.example.org/about/ for our method."]
        out.append("")
        return "\n".join(out)


    def front(self, title: str, ident: str, description: str, day: str, tags: list[str]) -> list[str]:
        return ["---", f"title: {q(title)}", "type: comparison", f"id: {ident}", f"description: {q(description)}",
                f"last_updated: {day}", f"tags: [{', '.join(tags)}]", "---", ""]

    def sec_each_model(self, blocks: bool):
        """The long shape: a subsection per featured model, each with a table of its
        scores and prices, then one chart and one `models` block over the whole field."""
        r = self.rng
        lines = ["## Model by Model", "", self.paragraph(2, 3)]
        for m in self.featured[:r.randint(5, 8)]:
            lines += ["", f"### {m.title}", "", f"{m.title} comes from {m.vendor}. " + self.paragraph(2, 4), "",
                      "| Measure | Value |", "|---------|------:|"]
            for cat in CATEGORIES:
                if m.score(cat) is not None:
                    lines.append(f"| {cat.capitalize()} | {m.score(cat)} |")
            if m.pricing:
                lines += [f"| Input, $/M tokens | {money(m.pricing[0])} |", f"| Output, $/M tokens | {money(m.pricing[1])} |"]
            lines += ["", self.paragraph(1, 3)]
        lines += ["", "### The Whole Field", "", self.sentence(), "", "```chart", "type: scatter", "source: models",
                  "x: pricing.input", "y: scores.reasoning", "label: title", "```", "", "```models",
                  "columns: [title, vendor, scores.reasoning, scores.coding, pricing.input]",
                  "headers: [Model, Vendor, Reasoning, Coding, Input $/M]", "sort: -scores.reasoning",
                  f"limit: {r.randint(10, 20)}", "```"]
        return lines, 1

    def short_document(self, title: str, ident: str) -> str:
        """The short shape: a paragraph, a list of 10-16 models named in the text, a pick."""
        r = self.rng
        tags = {self.topic_tag, "comparison"}
        tags.update(r.sample([t for t in TAGS if t not in tags], r.randint(1, 3)))
        tags = sorted(tags, key=TAGS.index)
        day = (FIRST_DAY + datetime.timedelta(days=r.randrange(DAY_SPAN))).isoformat()
        m1, m2 = self.pair
        named = self.pair + r.sample([m for m in self.models if m not in self.pair], r.randint(8, 14))
        description = f"{m1.title}, {m2.title} and {len(named) - 2} other models for {self.topic}, in brief."
        out = self.front(title, ident, description, day, tags)
        out += [f"{m1.title} and {m2.title} lead this short list for {self.topic}. " + self.sentence(), "",
                "## The Models", ""]
        for m in named:
            out.append(f"- **{m.title}** ({m.vendor}): {self.sentence()}")
        runner_up = r.choice(named[2:])
        out += ["", "## Our Pick", "",
                f"For most teams, {m1.title} is the safer start; {m2.title} wins where "
                f"{r.choice(CATEGORIES)} matters most, and {runner_up.title} is the one to watch. " + self.sentence(),
                "", f"Related reading: {self.article_link()}.", ""]
        return "\n".join(out)


def article_titles(seed: int, count: int, models: list[Model]) -> list[tuple[str, str, int, int, int]]:
    """(title, id, topic index, first model index, second model index) of every article;
    drawn first so that articles can link to each other."""
    titles = []
    for i in range(count):
        r = random.Random(f"{seed}:title:{i}")
        ai, bi = r.sample(range(len(models)), 2)
        while models[ai].vendor == models[bi].vendor:
            bi = r.randrange(len(models))
        a, b = models[ai], models[bi]
        ti = r.randrange(len(TOPICS))
        topic = TOPICS[ti][0]
        pattern = r.randrange(6)
        if pattern == 0:
            title = f"{a.title} vs {b.title}: {topic.capitalize()}"
        elif pattern == 1:
            title = f"{a.title} vs {b.title} for {topic.capitalize()}"
        elif pattern == 2:
            title = f"Best {r.choice(['Open', 'Proprietary', 'Budget', 'Premium'])} Models for {topic.capitalize()}"
        elif pattern == 3:
            title = f"Open-Source vs Proprietary Models for {topic.capitalize()}"
        elif pattern == 4:
            title = f"{a.vendor} vs {b.vendor}: Which Model for {topic.capitalize()}?"
        else:
            c = r.choice([m for m in models if m is not a and m is not b])
            title = f"The Cost of {topic.capitalize()}: {a.title}, {b.title} and {c.title}"
        ident = f"{slug(title)[:64].rstrip('-')}-{i + 1}"
        titles.append((title, ident, ti, ai, bi))
    return titles


def model_body(seed: int, model: Model, models: list[Model], titles: list[tuple[str, str, int, int, int]],
               by_title: dict[str, Model]) -> str:
    w = ArticleWriter(seed, -1 - models.index(model), titles, models, by_title)
    w.featured = [model] + w.rng.sample([m for m in models if m is not model], 8)
    w.priced = [m for m in w.featured if m.pricing]
    s = Slots(w)
    s["m"] = model.title
    parts = []
    first = f"{model.title} is {model.vendor}'s {'open-weight' if model.is_open else 'proprietary'} model"
    if model.parameters:
        first += f" with {model.parameters} parameters"
    first += "."
    if model.scores:
        first += " It scores " + ", ".join(f"{v} on {k}" for k, v in model.scores.items()) + "."
    parts.append(first + " " + w.paragraph(2, 3))
    if model.pricing:
        parts.append(f"Through the API it costs {money(model.pricing[0])} per million input tokens and "
                     f"{money(model.pricing[1])} per million output tokens. " + w.paragraph(1, 2))
    if model.license:
        parts.append(f"It is released under the {model.license} license. " + w.paragraph(1, 2))
    if titles:
        parts.append(f"Articles that cover it include {w.article_link()} and {w.article_link()}.")
    return "\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------- Hugo site

HUGO_TOML = '''baseURL = "https://bench.example.org/"
locale = "en"
title = "Versus"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
buildFuture = true

[params]
  description = "Side-by-side comparisons of open-source and proprietary AI models, with one data page per model."

[taxonomies]
  tag = "tags"

# The page date is the articles' last_updated, as in Versus.
[frontmatter]
  date = ["last_updated", ":default"]
  lastmod = ["last_updated", ":default"]

# The same Markdown features as Versus (cmark-gfm: tables, strikethrough, autolinks,
# task lists, footnotes, raw HTML), and nothing more: no typographer, no
# definition lists.
[markup.goldmark.renderer]
  unsafe = true
[markup.goldmark.extensions]
  definitionList = false
  footnote = true
  linkify = true
  strikethrough = true
  table = true
  taskList = true
[markup.goldmark.extensions.typographer]
  disable = true
[markup.tableOfContents]
  startLevel = 2
  endLevel = 3

[[menus.main]]
  name = "Comparisons"
  url = "/#comparisons"
  weight = 1
[[menus.main]]
  name = "Models"
  url = "/#models"
  weight = 2
[[menus.main]]
  name = "About"
  url = "/about/"
  weight = 3
'''

HUGO_LAYOUTS = {
    "baseof.html": '''<!DOCTYPE html>
<html lang="{{ site.Language.Lang }}">
{{ partial "head.html" . }}
<body class="type-{{ .Type }}">
<a class="skip-link" href="#main">Skip to content</a>
{{ partial "header.html" . }}
<main id="main">
{{ block "main" . }}{{ end }}
</main>
{{ partial "footer.html" . }}
</body>
</html>
''',
    "_partials/head.html": '''<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}">
<meta name="generator" content="Hugo {{ hugo.Version }}">
<meta name="color-scheme" content="light dark">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
</head>
''',
    "_partials/header.html": '''<header class="site-header">
<div class="wrap">
<a class="site-title" href="{{ "/" | relURL }}">{{ site.Title }}</a>
{{ with site.Menus.main }}
<nav aria-label="Main">
<ul>
{{ range . }}
<li><a href="{{ .URL }}"{{ if $.IsMenuCurrent "main" . }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
{{ end }}
</ul>
</nav>
{{ end }}
</div>
</header>
''',
    "_partials/footer.html": '''<footer class="site-footer">
<div class="wrap">
<p>© {{ now.Year }} {{ site.Title }}. Built with Hugo {{ hugo.Version }}.</p>
</div>
</footer>
''',
    "_partials/page-meta.html": '''<p class="page-meta">
{{ with .Params.last_updated }}<span>Updated <time datetime="{{ $.Lastmod.Format "2006-01-02" }}">{{ $.Lastmod.Format "2 January 2006" }}</time></span>{{ end }}
<span>{{ .ReadingTime }} min read</span>
</p>
{{ with .GetTerms "tags" }}
<ul class="tags" aria-label="Tags">
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}
</ul>
{{ end }}
''',
    "_partials/toc.html": '''{{ if ge (len .Fragments.Headings) 1 }}{{ with .TableOfContents }}
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">On this page</h2>
{{ . }}
</nav>
{{ end }}{{ end }}
''',
    "_partials/summary.html": '''<li class="card">
<h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
{{ with .Description }}<p>{{ . }}</p>{{ end }}
{{ with .Params.last_updated }}<p class="page-meta"><time datetime="{{ $.Lastmod.Format "2006-01-02" }}">{{ $.Lastmod.Format "2 January 2006" }}</time></p>{{ end }}
</li>
''',
    # Comparison articles (type: comparison) and any other single page.
    "single.html": '''{{ define "main" }}
{{ if eq .Type "comparison" }}
<article class="comparison wrap">
<header class="page-header">
<p class="kicker">Comparison</p>
<h1>{{ .Title }}</h1>
{{ with .Description }}<p class="lede">{{ . }}</p>{{ end }}
{{ partial "page-meta.html" . }}
</header>
<div class="with-toc">
{{ partial "toc.html" . }}
<div class="prose">
{{ .Content }}
</div>
</div>
</article>
{{ else }}
<article class="page wrap">
<header class="page-header">
<h1>{{ .Title }}</h1>
{{ with .Description }}<p class="lede">{{ . }}</p>{{ end }}
</header>
<div class="prose">
{{ .Content }}
</div>
</article>
{{ end }}
{{ end }}
''',
    # Pair pages (type: compare): both models' data side by side, read from
    # their pages as Versus's `compare` template reads them.
    "compare/single.html": '''{{ define "main" }}
{{ $a := site.GetPage (printf "/models/%s" .Params.first) }}
{{ $b := site.GetPage (printf "/models/%s" .Params.second) }}
<article class="pair wrap">
<header class="page-header">
<p class="kicker">Compare</p>
<h1>{{ .Title }}</h1>
</header>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{ $a.Title }} and {{ $b.Title }}">
<table class="pair-table">
<thead><tr><th scope="col">Figure</th><th scope="col"><a href="{{ $a.RelPermalink }}">{{ $a.Title }}</a></th><th scope="col"><a href="{{ $b.RelPermalink }}">{{ $b.Title }}</a></th></tr></thead>
<tbody>
<tr><th scope="row">Vendor</th><td>{{ $a.Params.vendor }}</td><td>{{ $b.Params.vendor }}</td></tr>
<tr><th scope="row">Weights</th><td>{{ $a.Params.weights }}</td><td>{{ $b.Params.weights }}</td></tr>
<tr><th scope="row">Input $/M</th><td>{{ with $a.Params.pricing }}${{ printf "%.2f" (float .input) }}{{ else }}—{{ end }}</td><td>{{ with $b.Params.pricing }}${{ printf "%.2f" (float .input) }}{{ else }}—{{ end }}</td></tr>
<tr><th scope="row">Output $/M</th><td>{{ with $a.Params.pricing }}${{ printf "%.2f" (float .output) }}{{ else }}—{{ end }}</td><td>{{ with $b.Params.pricing }}${{ printf "%.2f" (float .output) }}{{ else }}—{{ end }}</td></tr>
{{ range $k, $v := $a.Params.scores }}<tr><th scope="row">{{ humanize $k }}</th><td>{{ $v }}</td><td>{{ with $b.Params.scores }}{{ index . $k }}{{ end }}</td></tr>
{{ end }}
</tbody>
</table>
</div>
<h2>Articles that mention both</h2>
<ul class="cards">
{{ range first 5 (where site.RegularPages "Section" "comparisons") }}<li class="card"><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul>
</article>
{{ end }}
''',
    # Model pages (type: model): a data table from the front matter.
    "model/single.html": '''{{ define "main" }}
{{ $p := .Params }}
<article class="model wrap">
<header class="page-header">
<p class="kicker">{{ with $p.vendor }}{{ . }} · {{ end }}{{ with $p.weights }}<span class="badge badge-{{ . }}">{{ if eq . "open" }}Open weights{{ else }}Proprietary{{ end }}</span>{{ end }}</p>
<h1>{{ .Title }}</h1>
{{ with .Description }}<p class="lede">{{ . }}</p>{{ end }}
</header>
<section class="model-data" aria-labelledby="data-title">
<h2 id="data-title">Data</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Data">
<table class="facts">
<tbody>
{{ with $p.vendor }}<tr><th scope="row">Vendor</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.weights }}<tr><th scope="row">Weights</th><td>{{ if eq . "open" }}Open{{ else }}Proprietary{{ end }}</td></tr>{{ end }}
{{ with $p.license }}<tr><th scope="row">License</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.parameters }}<tr><th scope="row">Parameters</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.released }}<tr><th scope="row">Released</th><td>{{ (time .).Format "2 January 2006" }}</td></tr>{{ end }}
{{ with $p.pricing }}
{{ with .input }}<tr><th scope="row">Input price</th><td>${{ printf "%.2f" (float .) }} per million tokens</td></tr>{{ end }}
{{ with .output }}<tr><th scope="row">Output price</th><td>${{ printf "%.2f" (float .) }} per million tokens</td></tr>{{ end }}
{{ end }}
{{ with $p.hardware }}<tr><th scope="row">Hardware</th><td>{{ . }}</td></tr>{{ end }}
{{ with $p.also_known_as }}<tr><th scope="row">Also known as</th><td>{{ delimit . ", " }}</td></tr>{{ end }}
</tbody>
</table>
</div>
{{ with $p.scores }}
<h3 id="scores">Scores</h3>
<p class="note">0 to 100, by category.</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="Scores">
<table class="scores">
<thead><tr><th scope="col">Category</th><th scope="col" class="align-right">Score</th></tr></thead>
<tbody>
{{ range $k, $v := . }}
<tr><td>{{ humanize $k }}</td><td class="align-right">{{ $v }}</td></tr>
{{ end }}
</tbody>
</table>
</div>
{{ end }}
</section>
<div class="prose">
{{ .Content }}
</div>
</article>
{{ end }}
''',
    # The home page: its own text, every comparison (newest first) and a table of models.
    "home.html": '''{{ define "main" }}
<div class="home wrap">
<header class="page-header">
<h1>{{ site.Title }}</h1>
{{ with site.Params.description }}<p class="lede">{{ . }}</p>{{ end }}
</header>
<div class="prose">
{{ .Content }}
</div>
<section id="comparisons" aria-labelledby="comparisons-title">
<h2 id="comparisons-title">Comparisons</h2>
<ul class="cards">
{{ range (where site.RegularPages "Section" "comparisons").ByLastmod.Reverse }}
{{ partial "summary.html" . }}
{{ end }}
</ul>
</section>
{{ with where site.RegularPages "Section" "models" }}
<section id="models" aria-labelledby="models-title">
<h2 id="models-title">Models</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Models">
<table class="model-list">
<thead><tr><th scope="col">Model</th><th scope="col">Vendor</th><th scope="col">Weights</th><th scope="col" class="align-right">Input $/M</th><th scope="col" class="align-right">Output $/M</th></tr></thead>
<tbody>
{{ range .ByTitle }}
{{ $p := .Params }}
<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ $p.vendor }}</td><td>{{ if eq $p.weights "open" }}Open weights{{ else }}Proprietary{{ end }}</td><td class="align-right">{{ with $p.pricing }}{{ with .input }}${{ printf "%.2f" (float .) }}{{ end }}{{ end }}</td><td class="align-right">{{ with $p.pricing }}{{ with .output }}${{ printf "%.2f" (float .) }}{{ end }}{{ end }}</td></tr>
{{ end }}
</tbody>
</table>
</div>
</section>
{{ end }}
</div>
{{ end }}
''',
    # Section pages (/comparisons/, /models/) and any other list.
    "list.html": '''{{ define "main" }}
<div class="list wrap">
<header class="page-header">
<h1>{{ .Title }}</h1>
{{ with .Description }}<p class="lede">{{ . }}</p>{{ end }}
</header>
<ul class="cards">
{{ range .Pages.ByLastmod.Reverse }}
{{ partial "summary.html" . }}
{{ end }}
</ul>
</div>
{{ end }}
''',
    # /tags/: every tag with its count.
    "taxonomy.html": '''{{ define "main" }}
<div class="taxonomy wrap">
<header class="page-header">
<h1>{{ .Title }}</h1>
</header>
<ul class="tags">
{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>
{{ end }}
</ul>
</div>
{{ end }}
''',
    # /tags/<tag>/: the pages with that tag, newest first.
    "term.html": '''{{ define "main" }}
<div class="term wrap">
<header class="page-header">
<p class="kicker">Tag</p>
<h1>{{ .Title }}</h1>
</header>
<ul class="cards">
{{ range .Pages.ByLastmod.Reverse }}
{{ partial "summary.html" . }}
{{ end }}
</ul>
</div>
{{ end }}
''',
}

SITE_YML = '''# The benchmark corpus (Benchmarks/generate.py).
title: Versus
description: Side-by-side comparisons of open-source and proprietary AI models, with one data page per model.
base_url: https://bench.example.org/
language: en
nav:
  - {title: Comparisons, url: /comparisons/}
  - {title: Models, url: /models/}
  - {title: Tags, url: /tags/}
  - {title: About, url: /about/}
# Hand-written price tables are checked against the model pages; about one
# article in twenty carries a price that disagrees (a warning, as in real life).
data_columns:
  Input: pricing.input
  Output: pricing.output
# A page for every pair of models: 780 pages for 40 models. The Hugo copy
# gets the same pages written out (content/compare/), since Hugo cannot make
# pages from pairs of other pages.
compare: {all: {}}
'''

HOME_BODY = ("Versus puts open-source and proprietary AI models next to each other and compares them on scores, "
             "prices, hardware needs and practical trade-offs. Every model has its own data page, and each "
             "comparison draws on those pages.\n")
ABOUT_BODY = ("Versus is a publication that weighs open-source AI models against proprietary ones. Category scores "
              "run from 0 to 100; prices are US dollars per million tokens, split into input and output.\n\n"
              "This copy of the site is a generated benchmark corpus: its articles are machine-written and its "
              "figures invented.\n")


# --------------------------------------------------------------------------- writing

class Writer:
    """Writes one page into the three trees. Text is written once and linked when
    the Versus and Hugo copies are the same bytes."""

    def __init__(self, out: Path):
        self.out = out
        self.made: set[Path] = set()

    def _dir(self, path: Path):
        parent = path.parent
        if parent not in self.made:
            parent.mkdir(parents=True, exist_ok=True)
            self.made.add(parent)

    def write(self, rel: str, data: str):
        path = self.out / rel
        self._dir(path)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)

    def link_or_copy(self, src_rel: str, dst_rel: str):
        src, dst = self.out / src_rel, self.out / dst_rel
        self._dir(dst)
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)

    def page(self, versus_rel: str, hugo_rel: str, floor_rel: str, front: str, body: str, hugo_front: str | None = None):
        self.write("versus/Content/" + versus_rel, front + body)
        if hugo_front is None:
            self.link_or_copy("versus/Content/" + versus_rel, "hugo/content/" + hugo_rel)
        else:
            self.write("hugo/content/" + hugo_rel, hugo_front + body)
        self.write("floor/" + floor_rel, body)


def copy_tree(src: Path, dst: Path):
    """Copies in sorted order with fixed modes, so the copy does not depend on the source's metadata."""
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if path.is_dir():
            (dst / rel).mkdir(parents=True, exist_ok=True)
        elif path.is_file():
            (dst / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dst / rel)


SHAPES = ["standard", "short", "long"]


def generate(articles: int, out: Path, seed: int = DEFAULT_SEED, shape: str = "standard", progress: bool = False,
             jobs: int | None = None) -> dict:
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r} (known: {', '.join(SHAPES)})")
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("versus", "hugo", "floor"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    w = Writer(out)

    # Site settings, templates, static files.
    w.write("versus/site.yml", SITE_YML)
    # No Templates/ or Public/: the Versus site uses the theme embedded in the binary.
    w.write("hugo/hugo.toml", HUGO_TOML)
    for rel, text in sorted(HUGO_LAYOUTS.items()):
        w.write("hugo/layouts/" + rel, text)
    copy_tree(REPO / "Sources/VersusTheme/Theme/Public", out / "hugo" / "static")

    models = make_models(seed)
    by_title = {m.title: m for m in models}
    titles = article_titles(seed, articles, models)

    # Home and about.
    home_front = ('---\ntitle: "Versus"\ntype: home\ndescription: "Side-by-side comparisons of open-source and '
                  'proprietary AI models, backed by a data page for every model."\n---\n\n')
    w.write("versus/Content/index.md", home_front + HOME_BODY)
    w.write("hugo/content/_index.md", home_front + HOME_BODY)
    w.write("floor/index.md", HOME_BODY)
    about_front = '---\ntitle: "About"\ntype: page\ndescription: "What Versus is and where its figures come from."\n---\n\n'
    w.page("about.md", "about.md", "about.md", about_front, ABOUT_BODY)

    for m in models:
        body = model_body(seed, m, models, titles, by_title)
        w.page(f"models/{m.id}.md", f"models/{m.id}.md", f"models/{m.id}.md",
               m.front_matter(hugo=False), body, hugo_front=m.front_matter(hugo=True))

    # The Hugo copy of the pair pages Versus makes from `compare: {all: {}}`.
    ids = sorted(m.id for m in models)
    titles_by_id = {m.id: m.title for m in models}
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            w.write(f"hugo/content/compare/{a}-vs-{b}.md",
                    f"---\ntitle: {q(titles_by_id[a] + ' vs ' + titles_by_id[b])}\ntype: compare\nfirst: {a}\nsecond: {b}\n---\n")

    # Articles, in chunks; with jobs > 1 the chunks are written by forked workers. Each
    # article depends only on (seed, its number, the titles), so the bytes do not
    # depend on the number of workers.
    global _SHARED
    _SHARED = (out, seed, titles, models, by_title, shape)
    chunk = 2000
    ranges = [(start, min(start + chunk, articles)) for start in range(0, articles, chunk)]
    if jobs is None:
        jobs = (os.cpu_count() or 1) if articles >= 20000 else 1
    words = done = 0
    if jobs > 1 and len(ranges) > 1:
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for count, n in pool.imap_unordered(_write_articles, ranges):
                words += count
                done += n
                if progress:
                    print(f"  {done} articles", file=sys.stderr, flush=True)
    else:
        for r in ranges:
            count, n = _write_articles(r)
            words += count
            done += n
            if progress:
                print(f"  {done} articles", file=sys.stderr, flush=True)
    _SHARED = None

    return {"articles": articles, "models": len(models), "pages": articles + len(models) + 2,
            "mean_words": round(words / articles) if articles else 0}


_SHARED = None


def _write_articles(span: tuple[int, int]) -> tuple[int, int]:
    out, seed, titles, models, by_title, shape = _SHARED
    w = Writer(out)
    words = 0
    for i in range(*span):
        title, ident = titles[i][:2]
        text = ArticleWriter(seed, i, titles, models, by_title).document(title, ident, shape)
        end = text.index("\n---\n", 4) + 5
        body = text[end:].lstrip("\n")
        words += len(body.split())
        rel = f"comparisons/{ident}.md"
        w.page(rel, rel, rel, text[:end] + "\n", body)
    return words, span[1] - span[0]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, required=True, help="number of comparison articles")
    ap.add_argument("--out", type=Path, required=True, help="folder to write versus/, hugo/ and floor/ into")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--shape", default="standard", choices=SHAPES,
                    help="the articles' shape: standard (about 1,800 words, 3-5 tables), short (about 350 words naming "
                         "10-16 models) or long (about 4,000 words, 8-10 tables, charts and models blocks on every one)")
    ap.add_argument("--progress", action="store_true", help="print progress as articles are written")
    ap.add_argument("--jobs", type=int, default=None,
                    help="worker processes (default: all cores from 20,000 articles, else 1); the output does not depend on it")
    args = ap.parse_args(argv)
    if args.articles < 1:
        ap.error("--articles must be at least 1")
    info = generate(args.articles, args.out, args.seed, args.shape, args.progress, args.jobs)
    print(f"wrote {info['articles']} articles, {info['models']} models (mean {info['mean_words']} words per article) "
          f"to {args.out}")


if __name__ == "__main__":
    main()
