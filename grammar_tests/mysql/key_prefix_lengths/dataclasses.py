from typing import Optional

from sqlalchemy import Index, LargeBinary, String, Text
from sqlalchemy.dialects.mysql import INTEGER, TINYTEXT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Doc(Base):
    __tablename__ = 'doc'
    __table_args__ = (
        Index('code', 'code'),
        Index('code_start', 'code', 'id', mysql_length={'code': 8}),
        Index('data', 'data', mysql_length={'data': 3072}),
        Index('path', 'path', mysql_length={'path': 768}),
        Index('short', 'short', mysql_length={'short': 255}),
        Index('summary', 'summary', mysql_length={'summary': 768}),
        Index('url', 'url', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    path: Mapped[str] = mapped_column(String(1000), nullable=False)
    code: Mapped[str] = mapped_column(String(40), nullable=False)
    url: Mapped[str] = mapped_column(String(2000), nullable=False)
    summary: Mapped[Optional[str]] = mapped_column(Text)
    short: Mapped[Optional[str]] = mapped_column(TINYTEXT)
    data: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class Draft(Base):
    __tablename__ = 'draft'
    __table_args__ = (
        Index('title', 'title', mysql_length={'title': 575}),
        Index('title_start', 'title', mysql_length={'title': 10})
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    title: Mapped[str] = mapped_column(String(700), nullable=False)


class Legacy(Base):
    __tablename__ = 'legacy'
    __table_args__ = (
        Index('latin', 'latin', mysql_length={'latin': 1000}),
        Index('title', 'title', mysql_length={'title': 333})
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    title: Mapped[str] = mapped_column(String(400), nullable=False)
    latin: Mapped[str] = mapped_column(VARCHAR(1200, charset='latin1', collation='latin1_swedish_ci'), nullable=False)


class Page(Base):
    __tablename__ = 'page'
    __table_args__ = (
        Index('body', 'body', mysql_length={'body': 40}),
        Index('keyword', 'keyword'),
        Index('name', 'name', mysql_length={'name': 250}),
        Index('query', 'query', mysql_length={'query': 250})
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    keyword: Mapped[str] = mapped_column(String(250), nullable=False)
    query: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[Optional[str]] = mapped_column(Text)
