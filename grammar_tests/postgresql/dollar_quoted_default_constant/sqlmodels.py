from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String, Text, text
from sqlmodel import Field, SQLModel

class Notes(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[str] = Field(default=None, sa_column=Column('a', Text, server_default=text("'plain'::text")))
    b: Optional[str] = Field(default=None, sa_column=Column('b', Text, server_default=text("'it''s; here'::text")))
    c: Optional[str] = Field(default=None, sa_column=Column('c', String(20), server_default=text("'x'::character varying")))
