from typing import Optional
import enum

from sqlalchemy import Enum, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

class Base(DeclarativeBase):
    pass


class TicketPaint(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


class Ticket(Base):
    __tablename__ = 'ticket'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    paint: Mapped[Optional[TicketPaint]] = mapped_column(Enum(TicketPaint, values_callable=lambda cls: [member.value for member in cls]))
