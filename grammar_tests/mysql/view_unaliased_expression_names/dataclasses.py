from typing import Optional

from sqlalchemy import CHAR, Column, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = 'item'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    price: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    label: Mapped[Optional[str]] = mapped_column(String(20))


t_item_counts = Table(
    'item_counts', Base.metadata,
    Column('id', INTEGER(11)),
    Column('total', BIGINT(21)),
    Column('(SELECT   COUNT(*) FROM item)', BIGINT(21)),
    Column('price  *  2', BIGINT(12), server_default=text("'0'")),
    Column('COUNT(*)', BIGINT(21), server_default=text("'0'")),
    Column('upper( label )', String(20)),
    Column('flag', String(4)),
    Column('dq', String(2)),
    Column("it's", String(4))
)


t_item_names = Table(
    'item_names', Base.metadata,
    Column('id', INTEGER(11)),
    Column('My_exp_id', String(2)),
    Column('lower(label)', String(20)),
    Column('My_exp_LOWER(label)', String(20)),
    Column('x', String(1)),
    Column('My_exp_x', String(1)),
    Column('My_exp_1_x', String(1)),
    Column('My_exp_My_exp_x', String(8)),
    Column('Name_exp_9', CHAR(0)),
    Column('Name_exp_10', String(5)),
    Column('Name_exp_11', BIGINT(21))
)
