import datetime

from sqlalchemy import CHAR, DateTime, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, SmallInteger, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        PrimaryKeyConstraint('region', 'number', name='orders_pkey'),
    )

    region: Mapped[str] = mapped_column(CHAR(2), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    placed_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))

    order_lines: Mapped[list['OrderLines']] = relationship('OrderLines', back_populates='orders')


class OrderLines(Base):
    __tablename__ = 'order_lines'
    __table_args__ = (
        ForeignKeyConstraint(['region', 'number'], ['orders.region', 'orders.number'], ondelete='CASCADE', name='order_lines_region_number_fkey'),
        PrimaryKeyConstraint('region', 'number', 'line', name='order_lines_pkey')
    )

    region: Mapped[str] = mapped_column(CHAR(2), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    line: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    sku: Mapped[str] = mapped_column(String(20), nullable=False)

    orders: Mapped['Orders'] = relationship('Orders', back_populates='order_lines')
