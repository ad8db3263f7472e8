from typing import Optional

from sqlalchemy import Boolean, Column, Integer, LargeBinary, PrimaryKeyConstraint, text
from sqlalchemy.dialects.postgresql import BIT
from sqlmodel import Field, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class Flags(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='flags_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    active: bool = Field(sa_column=Column('active', Boolean, nullable=False, server_default=text('true')))
    deleted: Optional[bool] = Field(default=None, sa_column=Column('deleted', Boolean, server_default=text('false')))
    archived: Optional[bool] = Field(default=None, sa_column=Column('archived', Boolean))
    mask: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('mask', BIT(8), server_default=text('\'00000000\'::"bit"')))
    single: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('single', BIT(1)))
    varmask: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('varmask', BIT(16, True)))
    anybits: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('anybits', BIT(varying=True)))
    blob: Optional[bytes] = Field(default=None, sa_column=Column('blob', LargeBinary))
    thumb: Optional[bytes] = Field(default=None, sa_column=Column('thumb', LargeBinary, server_default=text("'\\x00'::bytea")))
