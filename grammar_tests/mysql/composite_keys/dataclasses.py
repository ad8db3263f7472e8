from sqlalchemy import CHAR, ForeignKeyConstraint
from sqlalchemy.dialects.mysql import INTEGER, SMALLINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Orders(Base):
    __tablename__ = 'orders'

    region: Mapped[str] = mapped_column(CHAR(2), primary_key=True)
    number: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)

    order_lines: Mapped[list['OrderLines']] = relationship('OrderLines', back_populates='orders')


class OrderLines(Base):
    __tablename__ = 'order_lines'
    __table_args__ = (
        ForeignKeyConstraint(['region', 'number'], ['orders.region', 'orders.number'], ondelete='CASCADE', name='fk_lines_order'),
    )

    region: Mapped[str] = mapped_column(CHAR(2), primary_key=True)
    number: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    line: Mapped[int] = mapped_column(SMALLINT(6), primary_key=True)

    orders: Mapped['Orders'] = relationship('Orders', back_populates='order_lines')
