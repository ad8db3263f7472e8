from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Enum, Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Color(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


class Ticket(Base):
    __tablename__ = 'ticket'
    __table_args__ = (
        CheckConstraint("priority = ANY (ARRAY['low'::text, 'high'::text])", name='ticket_priority_check'),
        CheckConstraint("state::text = ANY (ARRAY['open'::character varying, 'closed'::character varying]::text[])", name='ticket_state_check'),
        PrimaryKeyConstraint('id', name='ticket_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    priority: Mapped[Optional[str]] = mapped_column(Text)
    paint: Mapped[Optional[Color]] = mapped_column(Enum(Color, values_callable=lambda cls: [member.value for member in cls], name='color'))
