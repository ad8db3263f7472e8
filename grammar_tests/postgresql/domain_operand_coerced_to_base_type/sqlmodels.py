from typing import Optional

from sqlalchemy import CheckConstraint, Column, INTEGER, Integer, PrimaryKeyConstraint, TEXT
from sqlalchemy.dialects.postgresql import DOMAIN
from sqlmodel import Field, SQLModel

class Note(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('(qty::integer + 1) > 0', name='note_qty'),
        CheckConstraint("body::text <> ''::text", name='note_body'),
        PrimaryKeyConstraint('id', name='note_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', DOMAIN('short_text', TEXT(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', DOMAIN('amount', INTEGER(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
