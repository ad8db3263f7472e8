from typing import Optional
import decimal

from sqlalchemy import Column, DECIMAL, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_all_items = Table(
    'all_items', Base.metadata,
    Column('id', INTEGER(11)),
    Column('name', String(100), server_default=text("'y'")),
    Column('price', DECIMAL(12, 4), server_default=text("'1.0000'")),
    Column('code', String(50))
)


t_item_labels = Table(
    'item_labels', Base.metadata,
    Column('id', INTEGER(11)),
    Column('label', String(101)),
    Column('double_price', DECIMAL(13, 4), server_default=text("'0.0000'"))
)


t_item_pairs = Table(
    'item_pairs', Base.metadata,
    Column('item_id', INTEGER(11)),
    Column('item_name', String(100), server_default=text("'y'"))
)


t_item_words = Table(
    'item_words', Base.metadata,
    Column('name', String(100))
)


class Items(Base):
    __tablename__ = 'items'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 4), nullable=False, server_default=text('1.0000'))
    added: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    name: Mapped[Optional[str]] = mapped_column(String(100), server_default=text("'y'"))
    code: Mapped[Optional[str]] = mapped_column(String(50))


t_label_prices = Table(
    'label_prices', Base.metadata,
    Column('label', String(101)),
    Column('double_price', DECIMAL(13, 4), server_default=text("'0.0000'"))
)
