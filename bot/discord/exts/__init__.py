"""One extension module per feature area, each ending in ``async def setup(bot)``."""
