import datetime

from sqlalchemy import CHAR, Column, DateTime, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, SmallInteger, String, text
from sqlmodel import Field, Relationship, SQLModel

class Orders(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('region', 'number', name='orders_pkey'),
    )

    region: str = Field(sa_column=Column('region', CHAR(2), primary_key=True))
    number: int = Field(sa_column=Column('number', Integer, primary_key=True))
    placed_at: datetime.datetime = Field(sa_column=Column('placed_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')))

    order_lines: list['OrderLines'] = Relationship(back_populates='orders')


class OrderLines(SQLModel, table=True):
    __tablename__ = 'order_lines'
    __table_args__ = (
        ForeignKeyConstraint(['region', 'number'], ['orders.region', 'orders.number'], ondelete='CASCADE', name='order_lines_region_number_fkey'),
        PrimaryKeyConstraint('region', 'number', 'line', name='order_lines_pkey')
    )

    region: str = Field(sa_column=Column('region', CHAR(2), primary_key=True))
    number: int = Field(sa_column=Column('number', Integer, primary_key=True))
    line: int = Field(sa_column=Column('line', SmallInteger, primary_key=True))
    sku: str = Field(sa_column=Column('sku', String(20), nullable=False))

    orders: 'Orders' = Relationship(back_populates='order_lines')
