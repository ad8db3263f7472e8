from sqlalchemy import Column, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlmodel import Field, SQLModel

t_order_totals = Table(
    'order_totals', SQLModel.metadata,
    Column('twice', BIGINT(12)),
    Column('qty', INTEGER(11), server_default=text('1')),
    Column('n', BIGINT(21), nullable=False),
    Column('top', BIGINT(12)),
    Column('id_or_zero', INTEGER(11), nullable=False)
)


class Orders(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    qty: int = Field(sa_column=Column('qty', INTEGER(11), nullable=False, server_default=text('1')))
    note: str = Field(sa_column=Column('note', String(20), nullable=False, server_default=text("''")))
