"""Verbatim: answers questions on police sexual-misconduct figures with verbatim, cited quotes."""
