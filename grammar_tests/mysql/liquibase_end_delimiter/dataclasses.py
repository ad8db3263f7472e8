from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Items(Base):
    __tablename__ = 'items'
    __table_args__ = (
        Index('ux_items_sku', 'sku', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(40), nullable=False)
    qty: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    sku: Mapped[Optional[str]] = mapped_column(String(20))


class Stock(Items):
    __tablename__ = 'stock'
    __table_args__ = (
        ForeignKeyConstraint(['item_id'], ['items.id'], name='fk_stock_item'),
    )

    item_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    amount: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
