from typing import Optional

from sqlalchemy import Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Docs(Base):
    __tablename__ = 'docs'
    __table_args__ = (
        Index('author', 'author'),
        Index('ft_body', 'body', mysql_prefix='FULLTEXT'),
        Index('idx_author_score', 'author', 'score'),
        Index('idx_title_prefix', 'title', mysql_length={'title': 20}),
        Index('title', 'title', unique=True),
        Index('ux_score', 'score', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[Optional[str]] = mapped_column(Text)
    author: Mapped[Optional[str]] = mapped_column(String(50))
    score: Mapped[Optional[int]] = mapped_column(INTEGER(11))
