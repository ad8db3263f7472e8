from typing import Optional

from sqlalchemy import Column, Table
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = 'item'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    qty: Mapped[Optional[int]] = mapped_column(INTEGER(11))


t_positive = Table(
    'positive', Base.metadata,
    Column('id', INTEGER(11)),
    Column('qty', INTEGER(11))
)


t_positive_cascaded = Table(
    'positive_cascaded', Base.metadata,
    Column('qty', INTEGER(11))
)


t_positive_local = Table(
    'positive_local', Base.metadata,
    Column('id', INTEGER(11))
)
