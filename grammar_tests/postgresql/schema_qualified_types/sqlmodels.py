import decimal
import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, Integer, Numeric, PrimaryKeyConstraint, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class Unit(str, enum.Enum):
    PIECE = 'piece'
    KG = 'kg'
    LITRE = 'litre'


class Warehouses(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='warehouses_pkey'),
        UniqueConstraint('name', name='warehouses_name_key'),
        {'schema': 'inventory'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    stock: list['Stock'] = Relationship(back_populates='warehouse')


class Stock(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['warehouse_id'], ['inventory.warehouses.id'], ondelete='CASCADE', name='stock_warehouse_id_fkey'),
        PrimaryKeyConstraint('warehouse_id', 'sku', name='stock_pkey'),
        Index('stock_sku_idx', 'sku'),
        {'comment': 'Stock levels per warehouse', 'schema': 'inventory'}
    )

    warehouse_id: int = Field(sa_column=Column('warehouse_id', Integer, primary_key=True))
    sku: str = Field(sa_column=Column('sku', Text, primary_key=True))
    quantity: decimal.Decimal = Field(sa_column=Column('quantity', Numeric(12, 3), nullable=False, server_default=text('0')))
    unit: Unit = Field(sa_column=Column('unit', Enum(Unit, values_callable=lambda cls: [member.value for member in cls], name='unit', schema='inventory'), nullable=False, server_default=text("'piece'::inventory.unit")))

    warehouse: 'Warehouses' = Relationship(back_populates='stock')
