"""The Discord front end: client, extensions per feature area, and rendering."""
