from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_mv = Table(
    'mv', Base.metadata,
    Column('id', Integer)
)


t_mv3 = Table(
    'mv3', Base.metadata,
    Column('b', Text)
)


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(Text)


t_v1 = Table(
    'v1', Base.metadata,
    Column('id', Integer),
    Column('a', Text)
)


t_v2 = Table(
    'v2', Base.metadata,
    Column('id', Integer)
)


t_v3 = Table(
    'v3', Base.metadata,
    Column('id', Integer),
    Column('a', Text)
)


t_v4 = Table(
    'v4', Base.metadata,
    Column('z', Integer),
    Column('y', Text)
)
