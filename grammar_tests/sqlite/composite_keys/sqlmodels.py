from sqlalchemy import Column, ForeignKeyConstraint, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Orders(SQLModel, table=True):
    region: str = Field(sa_column=Column('region', Text, primary_key=True))
    number: int = Field(sa_column=Column('number', Integer, primary_key=True))

    order_lines: list['OrderLines'] = Relationship(back_populates='orders')


class OrderLines(SQLModel, table=True):
    __tablename__ = 'order_lines'
    __table_args__ = (
        ForeignKeyConstraint(['region', 'number'], ['orders.region', 'orders.number'], name='fk_order'),
    )

    region: str = Field(sa_column=Column('region', Text, primary_key=True))
    number: int = Field(sa_column=Column('number', Integer, primary_key=True))
    line: int = Field(sa_column=Column('line', Integer, primary_key=True))

    orders: 'Orders' = Relationship(back_populates='order_lines')
