import datetime

from sqlalchemy import Boolean, Column, DateTime, Integer, PrimaryKeyConstraint, Text, text
from sqlmodel import Field, SQLModel

class Notes(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    body: str = Field(sa_column=Column('body', Text, nullable=False))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', DateTime, nullable=False, server_default=text('now()')))
    pinned: bool = Field(sa_column=Column('pinned', Boolean, nullable=False, server_default=text('false')))
