from typing import Optional

from sqlalchemy import Integer, NCHAR, NVARCHAR, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Documents(Base):
    __tablename__ = 'documents'

    code: Mapped[str] = mapped_column(Text(20), nullable=False)
    title: Mapped[str] = mapped_column(String(255), nullable=False)
    slug: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    varying: Mapped[Optional[str]] = mapped_column(Text(255))
    nchar_col: Mapped[Optional[str]] = mapped_column(NCHAR(55))
    native: Mapped[Optional[str]] = mapped_column(Text(70))
    nvarchar_col: Mapped[Optional[str]] = mapped_column(NVARCHAR(100))
    body: Mapped[Optional[str]] = mapped_column(Text)
    big_body: Mapped[Optional[str]] = mapped_column(Text)
    padded: Mapped[Optional[str]] = mapped_column(String(10))
    lang: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'en'"))
