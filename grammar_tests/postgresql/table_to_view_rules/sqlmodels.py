from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Table, Text
from sqlmodel import Field, SQLModel

t_audit_log = Table(
    'audit_log', SQLModel.metadata,
    Column('id', Integer),
    Column('note', Text)
)


class Author(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='author_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
