from typing import Optional
import enum

from sqlalchemy import ARRAY, CheckConstraint, Column, Enum, Index, Integer, PrimaryKeyConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

class Mode(str, enum.Enum):
    CLOSED = 'Closed'
    REQUIREAPPLICATION = 'RequireApplication'
    OPEN_NOW = 'Open Now'


class Site(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("mode <> 'Closed'::mode", name='site_mode_check'),
        PrimaryKeyConstraint('id', name='site_pkey'),
        Index('site_open', 'id', postgresql_where="(mode = 'Open Now'::mode)")
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    mode: Mode = Field(sa_column=Column('mode', Enum(Mode, values_callable=lambda cls: [member.value for member in cls], name='mode'), nullable=False, server_default=text("'RequireApplication'::mode")))
    modes: Optional[list[Mode]] = Field(default=None, sa_column=Column('modes', ARRAY(Enum(Mode, values_callable=lambda cls: [member.value for member in cls], name='mode')), server_default=text('\'{"Open Now",Closed}\'::mode[]')))
