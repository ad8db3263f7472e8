from typing import Optional

from sqlalchemy import Boolean, Integer, REAL, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Defaults(Base):
    __tablename__ = 'defaults'

    created: Mapped[str] = mapped_column(Text, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    n: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('42'))
    neg: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('-1'))
    r: Mapped[Optional[float]] = mapped_column(REAL, server_default=text('1.5'))
    s: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'it''s'"))
    b: Mapped[Optional[bool]] = mapped_column(Boolean, server_default=text('TRUE'))
    stamp: Mapped[Optional[str]] = mapped_column(Text, server_default=text("datetime('now')"))
    nul: Mapped[Optional[str]] = mapped_column(Text, server_default=text('NULL'))
