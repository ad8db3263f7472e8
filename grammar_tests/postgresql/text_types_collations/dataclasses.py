from typing import Optional

from sqlalchemy import CHAR, Integer, PrimaryKeyConstraint, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Documents(Base):
    __tablename__ = 'documents'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='documents_pkey'),
        UniqueConstraint('slug', name='documents_slug_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(CHAR(4), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    slug: Mapped[str] = mapped_column(String(80, 'C'), nullable=False)
    flag: Mapped[Optional[str]] = mapped_column(CHAR(1))
    sort_key: Mapped[Optional[str]] = mapped_column(Text(collation='POSIX'))
    body: Mapped[Optional[str]] = mapped_column(Text)
    summary: Mapped[Optional[str]] = mapped_column(String)
    lang: Mapped[Optional[str]] = mapped_column(CHAR(2), server_default=text("'en'::bpchar"))
    author: Mapped[Optional[str]] = mapped_column(String)
