"""innograph.loaders: documents in, :class:`~innograph.graph.DocumentRecords` out.

>>> from innograph.loaders import bundled_corpus, find_documents, read, extract, resolve
>>> paths = find_documents([bundled_corpus()])
>>> records = resolve([extract(read(path)) for path in paths])

``read`` decodes and cleans one file (``.txt``, ``.md``, ``.html``/``.htm``) and
raises :class:`~innograph.errors.DocumentError` for a file it cannot use;
``extract`` finds projects, organisations, programmes, events and people with
their attributes and relations, every one with the text span it came from;
``resolve`` gives the same body the same identity across documents.
"""

from innograph.loaders._extract import extract
from innograph.loaders._files import bundled_corpus, find_documents
from innograph.loaders._read import MAX_BYTES, read
from innograph.loaders._resolve import resolve

__all__ = ["MAX_BYTES", "bundled_corpus", "extract", "find_documents", "read", "resolve"]
