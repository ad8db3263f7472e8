from typing import Optional
import decimal

from sqlalchemy import Column, ForeignKey, Integer, Numeric, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Clients(Base):
    __tablename__ = 'clients'

    email: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    vip: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(Text)

    orders: Mapped[list['Orders']] = relationship('Orders', back_populates='client')


t_open_orders = Table(
    'open_orders', Base.metadata,
    Column('id', Integer),
    Column('client_id', Integer),
    Column('email', Text),
    Column('placed_at', Text)
)


class Orders(Base):
    __tablename__ = 'orders'

    client_id: Mapped[int] = mapped_column(ForeignKey('clients.id'), nullable=False)
    placed_at: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("datetime('now')"))
    total: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    shipped_at: Mapped[Optional[str]] = mapped_column(Text)

    client: Mapped['Clients'] = relationship('Clients', back_populates='orders')
