from sqlalchemy import Column
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class A(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))


class B(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
