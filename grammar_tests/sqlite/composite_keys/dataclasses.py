from sqlalchemy import ForeignKeyConstraint, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Orders(Base):
    __tablename__ = 'orders'

    region: Mapped[str] = mapped_column(Text, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)

    order_lines: Mapped[list['OrderLines']] = relationship('OrderLines', back_populates='orders')


class OrderLines(Base):
    __tablename__ = 'order_lines'
    __table_args__ = (
        ForeignKeyConstraint(['region', 'number'], ['orders.region', 'orders.number'], name='fk_order'),
    )

    region: Mapped[str] = mapped_column(Text, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)

    orders: Mapped['Orders'] = relationship('Orders', back_populates='order_lines')
