from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, Integer, PrimaryKeyConstraint, String, Text
from sqlmodel import Field, SQLModel

class Color(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


class Ticket(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("priority = ANY (ARRAY['low'::text, 'high'::text])", name='ticket_priority_check'),
        CheckConstraint("state::text = ANY (ARRAY['open'::character varying, 'closed'::character varying]::text[])", name='ticket_state_check'),
        PrimaryKeyConstraint('id', name='ticket_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    state: str = Field(sa_column=Column('state', String(10), nullable=False))
    priority: Optional[str] = Field(default=None, sa_column=Column('priority', Text))
    paint: Optional[Color] = Field(default=None, sa_column=Column('paint', Enum(Color, values_callable=lambda cls: [member.value for member in cls], name='color')))
