from sqlalchemy import CHAR, Column, ForeignKeyConstraint
from sqlalchemy.dialects.mysql import INTEGER, SMALLINT
from sqlmodel import Field, Relationship, SQLModel

class Orders(SQLModel, table=True):
    region: str = Field(sa_column=Column('region', CHAR(2), primary_key=True))
    number: int = Field(sa_column=Column('number', INTEGER(11), primary_key=True))

    order_lines: list['OrderLines'] = Relationship(back_populates='orders')


class OrderLines(SQLModel, table=True):
    __tablename__ = 'order_lines'
    __table_args__ = (
        ForeignKeyConstraint(['region', 'number'], ['orders.region', 'orders.number'], ondelete='CASCADE', name='fk_lines_order'),
    )

    region: str = Field(sa_column=Column('region', CHAR(2), primary_key=True))
    number: int = Field(sa_column=Column('number', INTEGER(11), primary_key=True))
    line: int = Field(sa_column=Column('line', SMALLINT(6), primary_key=True))

    orders: 'Orders' = Relationship(back_populates='order_lines')
