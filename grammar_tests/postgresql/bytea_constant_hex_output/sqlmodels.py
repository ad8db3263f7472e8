from typing import Optional

from sqlalchemy import CheckConstraint, Column, Integer, LargeBinary, PrimaryKeyConstraint, text
from sqlmodel import Field, SQLModel

class Packet(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("body <> '\\x'::bytea", name='packet_body'),
        PrimaryKeyConstraint('id', name='packet_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    body: bytes = Field(sa_column=Column('body', LargeBinary, nullable=False, server_default=text("'\\x'::bytea")))
    head: Optional[bytes] = Field(default=None, sa_column=Column('head', LargeBinary, server_default=text("'\\x616200'::bytea")))
    tail: Optional[bytes] = Field(default=None, sa_column=Column('tail', LargeBinary, server_default=text("'\\xdead'::bytea")))
