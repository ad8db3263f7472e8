from typing import Optional

from sqlalchemy import Column, Computed, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlmodel import Field, SQLModel

class Notes(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    heading: Optional[str] = Field(default=None, sa_column=Column('heading', Text))
    content: Optional[str] = Field(default=None, sa_column=Column('content', Text))
    ranked: Optional[object] = Field(default=None, sa_column=Column('ranked', TSVECTOR, Computed('(setweight(to_tsvector(\'english\'::regconfig, COALESCE(heading, \'\'::text)), \'A\'::"char") || setweight(to_tsvector(\'english\'::regconfig, COALESCE(content, \'\'::text)), \'C\'::"char"))', persisted=True)))
    bare: Optional[object] = Field(default=None, sa_column=Column('bare', TSVECTOR, Computed("strip(to_tsvector('simple'::regconfig, heading))", persisted=True)))
