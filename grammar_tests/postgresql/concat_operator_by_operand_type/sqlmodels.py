from typing import Optional

from sqlalchemy import CheckConstraint, Column, Integer, LargeBinary, PrimaryKeyConstraint, String
from sqlalchemy.dialects.postgresql import BIT
from sqlmodel import Field, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class Chunk(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('length((mask::bit varying || \'1\'::"bit"::bit varying)::"bit") = 5', name='chunk_mask'),
        CheckConstraint("length(head || '\\x00'::bytea) > 1", name='chunk_marked'),
        CheckConstraint("length(label::text || 'x'::text) > 1", name='chunk_label'),
        CheckConstraint('octet_length(head || tail) < 100', name='chunk_joined'),
        PrimaryKeyConstraint('id', name='chunk_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    head: Optional[bytes] = Field(default=None, sa_column=Column('head', LargeBinary))
    tail: Optional[bytes] = Field(default=None, sa_column=Column('tail', LargeBinary))
    mask: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('mask', BIT(4)))
    label: Optional[str] = Field(default=None, sa_column=Column('label', String(10)))
