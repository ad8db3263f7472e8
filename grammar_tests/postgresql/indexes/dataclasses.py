from typing import Optional

from sqlalchemy import Boolean, Index, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Things(Base):
    __tablename__ = 'things'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='things_pkey'),
        Index('things_lower'),
        Index('things_multi', 'name', 'score'),
        Index('things_name_idx', 'name'),
        Index('things_partial', 'score', postgresql_where='flag'),
        Index('things_tag', 'tag', unique=True)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    flag: Mapped[Optional[bool]] = mapped_column(Boolean)
    score: Mapped[Optional[int]] = mapped_column(Integer)
    tag: Mapped[Optional[str]] = mapped_column(Text)
