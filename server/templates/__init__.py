"""HTML page templates of the server (string.Template), read with importlib.resources."""
