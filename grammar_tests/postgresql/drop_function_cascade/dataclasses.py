from typing import Optional
import datetime

from sqlalchemy import Column, DateTime, Index, Integer, PrimaryKeyConstraint, Table, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = 'item'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='item_pkey'),
        Index('item_votes', 'votes')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    votes: Mapped[int] = mapped_column(Integer, nullable=False)
    created: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('now()'))
    level: Mapped[Optional[int]] = mapped_column(Integer)


t_item_levels = Table(
    'item_levels', Base.metadata,
    Column('id', Integer),
    Column('level', Integer)
)
