from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, Index, Integer, PrimaryKeyConstraint, Text, text
from sqlmodel import Field, SQLModel

class RegistrationMode(str, enum.Enum):
    CLOSED = 'Closed'
    REQUIREAPPLICATION = 'RequireApplication'
    OPEN = 'Open'


class Site(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("fallback <> 'Open'::registration_mode", name='site_fallback_check'),
        PrimaryKeyConstraint('id', name='site_pkey'),
        Index('site_open_idx', 'id', postgresql_where="(mode = 'Open'::registration_mode)")
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    mode: RegistrationMode = Field(sa_column=Column('mode', Enum(RegistrationMode, values_callable=lambda cls: [member.value for member in cls], name='registration_mode'), nullable=False, server_default=text("'RequireApplication'::registration_mode")))
    fallback: Optional[RegistrationMode] = Field(default=None, sa_column=Column('fallback', Enum(RegistrationMode, values_callable=lambda cls: [member.value for member in cls], name='registration_mode'), server_default=text("'Closed'::registration_mode")))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text, server_default=text("'closed'::text")))
