from typing import Optional

from sqlalchemy import CheckConstraint, INTEGER, Integer, PrimaryKeyConstraint, TEXT
from sqlalchemy.dialects.postgresql import DOMAIN
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = 'note'
    __table_args__ = (
        CheckConstraint('(qty::integer + 1) > 0', name='note_qty'),
        CheckConstraint("body::text <> ''::text", name='note_body'),
        PrimaryKeyConstraint('id', name='note_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(DOMAIN('short_text', TEXT(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData()))
    qty: Mapped[Optional[int]] = mapped_column(DOMAIN('amount', INTEGER(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
