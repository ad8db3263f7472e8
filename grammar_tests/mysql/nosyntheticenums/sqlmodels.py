from typing import Optional
import enum

from sqlalchemy import Column, Enum, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class TicketPaint(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


class Ticket(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    state: str = Field(sa_column=Column('state', String(10), nullable=False))
    paint: Optional[TicketPaint] = Field(default=None, sa_column=Column('paint', Enum(TicketPaint, values_callable=lambda cls: [member.value for member in cls])))
