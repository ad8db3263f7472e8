from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Table, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_mv = Table(
    'mv', Base.metadata,
    Column('id', Integer)
)


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('1'))
    b: Mapped[Optional[int]] = mapped_column(Integer)


t_v = Table(
    'v', Base.metadata,
    Column('id', Integer),
    Column('a', Integer),
    comment='a view'
)
