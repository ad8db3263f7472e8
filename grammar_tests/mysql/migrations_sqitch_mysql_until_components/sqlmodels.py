import decimal

from sqlalchemy import CHAR, Column, DECIMAL, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Suppliers(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))
    country: str = Field(sa_column=Column('country', CHAR(2), nullable=False, server_default=text("'DE'")))

    components: list['Components'] = Relationship(back_populates='supplier')


class Components(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name='parts_supplier_fk'),
        Index('parts_supplier_part_no', 'supplier_id', 'part_no', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    supplier_id: int = Field(sa_column=Column('supplier_id', INTEGER(10, unsigned=True), nullable=False))
    part_no: str = Field(sa_column=Column('part_no', String(30), nullable=False))
    unit_price: decimal.Decimal = Field(sa_column=Column('unit_price', DECIMAL(9, 2), nullable=False))
    on_hand: int = Field(sa_column=Column('on_hand', INTEGER(11), nullable=False, server_default=text('0')))

    supplier: 'Suppliers' = Relationship(back_populates='components')
