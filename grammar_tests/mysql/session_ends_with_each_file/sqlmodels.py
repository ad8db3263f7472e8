from sqlalchemy import Column, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class Account(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    is_active: int = Field(sa_column=Column('is_active', TINYINT(1), nullable=False, server_default=text('0')))


t_from_second_file = Table(
    'from_second_file', SQLModel.metadata,
    Column('id', INTEGER(11))
)
