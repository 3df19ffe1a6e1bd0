"""State shared by the extraction passes over one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from innograph.graph import Document
from innograph.loaders._builder import Builder
from innograph.loaders._text import Section, TextView

__all__ = ["Context"]


@dataclass
class Context:
    document: Document
    builder: Builder
    view: TextView
    #: section index -> key of the project that section is about
    focus: dict[int, str] = field(default_factory=dict)
    #: key of the project a project page is about (its title names it), if any
    page_project: str | None = None
    #: key of the organisation whose site the page is on (its title names it), if any
    owner: str | None = None
    #: (sentence start, sentence end, name chunks) of every sentence, once computed
    chunks: list | None = None

    @classmethod
    def of(cls, document: Document) -> "Context":
        return cls(document, Builder(document), TextView(document.text))

    @property
    def text(self) -> str:
        return self.document.text

    def section_at(self, position: int) -> int:
        return self.view.section_index(position)

    def focus_at(self, position: int) -> str | None:
        return self.focus.get(self.section_at(position))

    def section(self, index: int) -> Section:
        return self.view.sections[index]
