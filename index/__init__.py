"""Verbatim's index library: sources in, passages and figures out, and search over them.

A plain synchronous library: it imports nothing from ``bot`` and knows nothing of Discord.
"""
