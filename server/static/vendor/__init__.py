"""Vendored front-end libraries (built files from the npm registry); see ../VENDORED.txt."""
