from typing import Optional

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = 'document'

    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    _private: Mapped[Optional[str]] = mapped_column(Text)
    json: Mapped[Optional[str]] = mapped_column(Text)
    schema: Mapped[Optional[str]] = mapped_column(Text)
    register: Mapped[Optional[int]] = mapped_column(Integer)
    copy: Mapped[Optional[str]] = mapped_column(Text)

    revision: Mapped[list['Revision']] = relationship('Revision', back_populates='_document')


class Revision(Base):
    __tablename__ = 'revision'

    _document_id: Mapped[int] = mapped_column(ForeignKey('document.id'), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(Text)

    _document: Mapped['Document'] = relationship('Document', back_populates='revision')
