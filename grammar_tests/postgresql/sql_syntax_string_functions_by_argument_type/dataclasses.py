from typing import Optional

from sqlalchemy import Computed, Integer, LargeBinary, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Frame(Base):
    __tablename__ = 'frame'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='frame_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payload: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    title: Mapped[Optional[str]] = mapped_column(String(40))
    marker: Mapped[Optional[int]] = mapped_column(Integer, Computed("POSITION(('\\x00'::bytea) IN (payload))", persisted=True))
    head: Mapped[Optional[bytes]] = mapped_column(LargeBinary, Computed('SUBSTRING(payload FROM 1 FOR 4)', persisted=True))
    patched: Mapped[Optional[bytes]] = mapped_column(LargeBinary, Computed("OVERLAY(payload PLACING '\\xff'::bytea FROM 1 FOR 1)", persisted=True))
    stripped: Mapped[Optional[bytes]] = mapped_column(LargeBinary, Computed("TRIM(BOTH '\\x00'::bytea FROM payload)", persisted=True))
    short_title: Mapped[Optional[str]] = mapped_column(Text, Computed('SUBSTRING(title FROM 1 FOR 10)', persisted=True))
    clean_title: Mapped[Optional[str]] = mapped_column(Text, Computed('TRIM(LEADING FROM title)', persisted=True))
    title_at: Mapped[Optional[int]] = mapped_column(Integer, Computed("POSITION(('a'::text) IN (title))", persisted=True))
