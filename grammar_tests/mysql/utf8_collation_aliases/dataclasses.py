from typing import Optional

from sqlalchemy import String, text
from sqlalchemy.dialects.mysql import INTEGER, TEXT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = 'note'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    title: Mapped[Optional[str]] = mapped_column(String(40))
    word: Mapped[Optional[str]] = mapped_column(VARCHAR(40, charset='utf8mb3', collation='utf8mb3_general_ci'))


class Post(Base):
    __tablename__ = 'post'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    subject: Mapped[str] = mapped_column(VARCHAR(255, charset='utf8mb3', collation='utf8mb3_unicode_ci'), nullable=False, server_default=text("''"))
    body: Mapped[Optional[str]] = mapped_column(TEXT(charset='utf8mb3', collation='utf8mb3_general_ci'))
    slug: Mapped[Optional[str]] = mapped_column(VARCHAR(50, charset='utf8mb3', collation='utf8mb3_unicode_ci'))
    code: Mapped[Optional[str]] = mapped_column(String(10))


class Tag(Base):
    __tablename__ = 'tag'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(VARCHAR(40, charset='utf8mb3', collation='utf8mb3_general_ci'))
    label: Mapped[Optional[str]] = mapped_column(VARCHAR(20, charset='utf8mb3', collation='utf8mb3_unicode_ci'))
