from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Things(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='things_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
