from typing import Optional

from sqlalchemy import Computed, Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handle: Mapped[Optional[str]] = mapped_column(String(30))
    score: Mapped[Optional[int]] = mapped_column(Integer)
    handle_c: Mapped[Optional[str]] = mapped_column(Text, Computed('(lower((handle)::text) COLLATE "C")', persisted=True))
    handle_d: Mapped[Optional[str]] = mapped_column(Text, Computed('(handle COLLATE "default")', persisted=True))
    suffixed: Mapped[Optional[str]] = mapped_column(Text, Computed('((handle)::text || (\'!\'::text COLLATE "C"))', persisted=True))
    doubled: Mapped[Optional[int]] = mapped_column(Integer, Computed('((score * 2) + 1)', persisted=True))
