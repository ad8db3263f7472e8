import decimal
import enum

from sqlalchemy import Enum, ForeignKeyConstraint, Index, Integer, Numeric, PrimaryKeyConstraint, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Unit(str, enum.Enum):
    PIECE = 'piece'
    KG = 'kg'
    LITRE = 'litre'


class Warehouses(Base):
    __tablename__ = 'warehouses'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='warehouses_pkey'),
        UniqueConstraint('name', name='warehouses_name_key'),
        {'schema': 'inventory'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)

    stock: Mapped[list['Stock']] = relationship('Stock', back_populates='warehouse')


class Stock(Base):
    __tablename__ = 'stock'
    __table_args__ = (
        ForeignKeyConstraint(['warehouse_id'], ['inventory.warehouses.id'], ondelete='CASCADE', name='stock_warehouse_id_fkey'),
        PrimaryKeyConstraint('warehouse_id', 'sku', name='stock_pkey'),
        Index('stock_sku_idx', 'sku'),
        {'comment': 'Stock levels per warehouse', 'schema': 'inventory'}
    )

    warehouse_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(Text, primary_key=True)
    quantity: Mapped[decimal.Decimal] = mapped_column(Numeric(12, 3), nullable=False, server_default=text('0'))
    unit: Mapped[Unit] = mapped_column(Enum(Unit, values_callable=lambda cls: [member.value for member in cls], name='unit', schema='inventory'), nullable=False, server_default=text("'piece'::inventory.unit"))

    warehouse: Mapped['Warehouses'] = relationship('Warehouses', back_populates='stock')
