from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Sequence, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Thing(Base):
    __tablename__ = 'thing'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='item_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('item_id_seq'), primary_key=True, autoincrement=True)
    note: Mapped[Optional[str]] = mapped_column(Text)


t_thing_notes = Table(
    'thing_notes', Base.metadata,
    Column('id', Integer),
    Column('note', Text),
    comment='notes'
)
