import decimal

from sqlalchemy import CHAR, Column, DECIMAL, ForeignKeyConstraint, Index, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_supplier_stock = Table(
    'supplier_stock', Base.metadata,
    Column('supplier_id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('name', String(100)),
    Column('part_count', BIGINT(21), server_default=text("'0'")),
    Column('stock_value', DECIMAL(41, 2))
)


class Suppliers(Base):
    __tablename__ = 'suppliers'

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    country: Mapped[str] = mapped_column(CHAR(2), nullable=False, server_default=text("'DE'"))

    components: Mapped[list['Components']] = relationship('Components', back_populates='supplier')


class Components(Base):
    __tablename__ = 'components'
    __table_args__ = (
        ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name='parts_supplier_fk'),
        Index('parts_supplier_part_no', 'supplier_id', 'part_no', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    supplier_id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False)
    part_no: Mapped[str] = mapped_column(String(30), nullable=False)
    unit_price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(9, 2), nullable=False)
    on_hand: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))

    supplier: Mapped['Suppliers'] = relationship('Suppliers', back_populates='components')
