from typing import Optional

from sqlalchemy import Index, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Keep(Base):
    __tablename__ = 'keep'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='keep_pkey'),
        Index('keep_note_idx', 'note')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)
