from typing import Optional
import decimal

from sqlalchemy import Column, ForeignKey, Integer, Numeric, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Clients(SQLModel, table=True):
    email: str = Field(sa_column=Column('email', Text, nullable=False, unique=True))
    vip: int = Field(sa_column=Column('vip', Integer, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))

    orders: list['Orders'] = Relationship(back_populates='client')


class Orders(SQLModel, table=True):
    client_id: int = Field(sa_column=Column('client_id', ForeignKey('clients.id'), nullable=False))
    placed_at: str = Field(sa_column=Column('placed_at', Text, nullable=False, server_default=text("datetime('now')")))
    total: decimal.Decimal = Field(sa_column=Column('total', Numeric(10, 2), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    shipped_at: Optional[str] = Field(default=None, sa_column=Column('shipped_at', Text))

    client: 'Clients' = Relationship(back_populates='orders')
